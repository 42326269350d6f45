using System.ComponentModel.DataAnnotations;
using ResumeExport.Adapters.Messaging;

namespace ResumeExport.Integration.Tests.Messaging;

/// <summary>The cluster node list is validated at start-up (pure; no services needed).</summary>
public sealed class RabbitMqOptionsTests
{
    [TestCase("rabbit-1")]
    [TestCase("rabbit-1:5672")]
    [TestCase("10.0.0.7:5701")]
    public void A_host_or_host_and_port_is_a_valid_cluster_node(string node) =>
        Assert.That(Errors(new RabbitMqOptions { ClusterNodes = [node] }), Is.Empty);

    [TestCase("")]
    [TestCase("rabbit 1:5672")]
    [TestCase("rabbit-1:0")]
    [TestCase("rabbit-1:65536")]
    [TestCase("rabbit-1:port")]
    public void A_malformed_cluster_node_is_refused_naming_the_setting(string node)
    {
        var errors = Errors(new RabbitMqOptions { ClusterNodes = ["rabbit-0:5672", node] });

        Assert.That(errors, Has.Count.EqualTo(1));
        Assert.That(errors[0].ErrorMessage, Does.StartWith("RabbitMq:ClusterNodes:1 must be a host or host:port"));
    }

    [Test]
    public void The_nodes_are_the_cluster_list_with_the_default_port_or_else_host_and_port()
    {
        Assert.That(new RabbitMqOptions { ClusterNodes = ["a:5701", "b"] }.Nodes(), Is.EqualTo(new[] { ("a", 5701), ("b", 5672) }));
        Assert.That(new RabbitMqOptions { Host = "solo", Port = 5999 }.Nodes(), Is.EqualTo(new[] { ("solo", 5999) }));
    }

    private static List<ValidationResult> Errors(RabbitMqOptions options)
    {
        var errors = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), errors, validateAllProperties: true);
        return errors;
    }
}
