namespace ResumeExport.Architecture.Tests;

/// <summary>
/// Application namespaces build on each other, but never in a circle: a circle means neither side can be read, moved
/// or changed without the other. <c>Common</c> is shared by every feature, so it may use none of them.
/// </summary>
public sealed class FeatureDependencyTests
{
    private const string Application = "ResumeExport.Application";
    private const string Common = Application + ".Common";

    private static readonly Lazy<NamespaceGraph> Graph = new(() => NamespaceGraph.Of(ProjectAssemblies.Application, "ResumeExport."));

    [Test]
    public void No_two_application_namespaces_depend_on_each_other_in_a_cycle()
    {
        var cycles = Graph.Value.Cycles();

        Assert.That(cycles, Is.Empty, "Namespace cycles:" + Environment.NewLine + ProjectAssemblies.Describe(cycles));
    }

    [Test]
    public void No_two_application_features_depend_on_each_other_in_a_cycle_common_included()
    {
        var cycles = Graph.Value.GroupedBy(FeatureOf).Cycles();

        Assert.That(cycles, Is.Empty, "Feature cycles:" + Environment.NewLine + ProjectAssemblies.Describe(cycles));
    }

    [Test]
    public void Common_uses_no_feature()
    {
        var intoFeatures = Graph.Value.Edges(IsCommon, n => n.StartsWith(Application + ".", StringComparison.Ordinal) && !IsCommon(n)).ToList();

        Assert.That(intoFeatures, Is.Empty, "Common uses features:" + Environment.NewLine + ProjectAssemblies.Describe(intoFeatures));
    }

    [Test]
    public void The_graph_sees_a_dependency_that_exists() =>
        Assert.That(Graph.Value.Uses($"{Application}.Operations.GetExportOpsMetrics", $"{Common}.Ports.Messaging"), Is.True,
            "The export-ops metrics read the broker's queue statistics through their port.");

    [Test]
    public void The_graph_sees_a_dependency_made_only_inside_a_method_body() =>
        Assert.That(Graph.Value.Uses($"{Application}.Exports.CleanupExpiredExports", $"{Common}.Ports.Storage"), Is.True,
            "The cleanup catches the storage port's exception in a method body.");

    [Test]
    public void The_cycle_check_finds_a_cycle_of_three_and_names_every_step()
    {
        var cycles = NamespaceGraph.FromEdges(("A", "B"), ("B", "C"), ("C", "A"), ("C", "D")).Cycles();

        Assert.That(cycles, Has.Count.EqualTo(1));
        Assert.That(cycles[0], Does.Contain("A -> B").And.Contain("B -> C").And.Contain("C -> A").And.Not.Contain("D"));
    }

    [Test]
    public void The_cycle_check_passes_a_graph_without_one() =>
        Assert.That(NamespaceGraph.FromEdges(("A", "B"), ("B", "C"), ("A", "C")).Cycles(), Is.Empty);

    private static bool IsCommon(string ns) => ns == Common || ns.StartsWith(Common + ".", StringComparison.Ordinal);

    /// <summary><c>ResumeExport.Application.&lt;Feature&gt;</c> for a namespace inside it; any other namespace stands for itself.</summary>
    private static string FeatureOf(string ns) =>
        ns.StartsWith(Application + ".", StringComparison.Ordinal) ? string.Join('.', ns.Split('.').Take(3)) : ns;
}
