using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace ResumeExport.Adapters.Messaging;

public sealed class RabbitMqOptions : IValidatableObject
{
    public const string SectionName = "RabbitMq";

    [Required]
    public string Host { get; set; } = "127.0.0.1";

    [Range(1, 65535)]
    public int Port { get; set; } = 5672;

    [Range(1, 65535)]
    public int ManagementPort { get; set; } = 15672;

    [Required]
    public string VirtualHost { get; set; } = "/";

    [Required]
    public string Username { get; set; } = "resume_export";

    [Required]
    public string Password { get; set; } = "resume_export";

    /// <summary>Quorum queues replicate across a cluster's nodes, so a queued message survives a node's death.</summary>
    public bool UseQuorumQueues { get; set; }

    [Range(1, 1000)]
    public int PrefetchCount { get; set; } = 16;

    /// <summary>
    /// Cluster nodes (<c>host[:port]</c>) to fail over between; when set, <see cref="Host"/> and <see cref="Port"/> only
    /// name the bus.
    /// </summary>
    public string[] ClusterNodes { get; set; } = [];

    /// <summary><see cref="ClusterNodes"/> (default port 5672), else Host:Port.</summary>
    public IReadOnlyList<(string Host, int Port)> Nodes() =>
        ClusterNodes.Length == 0
            ? [(Host, Port)]
            : ClusterNodes.Select(node => node.LastIndexOf(':') is var colon and >= 0
                ? (node[..colon], int.Parse(node[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture))
                : (node, 5672)).ToArray();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        for (var i = 0; i < ClusterNodes.Length; i++)
        {
            if (!IsNodeAddress(ClusterNodes[i]))
            {
                yield return new ValidationResult(
                    $"RabbitMq:ClusterNodes:{i} must be a host or host:port with a port from 1 to 65535, not '{ClusterNodes[i]}'.",
                    [nameof(ClusterNodes)]);
            }
        }
    }

    private static bool IsNodeAddress(string? node)
    {
        if (string.IsNullOrWhiteSpace(node) || node.Any(char.IsWhiteSpace))
        {
            return false;
        }

        var colon = node.LastIndexOf(':');
        if (colon < 0)
        {
            return Uri.CheckHostName(node) != UriHostNameType.Unknown;
        }

        return Uri.CheckHostName(node[..colon]) != UriHostNameType.Unknown
            && int.TryParse(node[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port)
            && port is >= 1 and <= 65535;
    }
}
