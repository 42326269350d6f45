using System.ComponentModel.DataAnnotations;

namespace ResumeExport.Infrastructure.Messaging;

public sealed class RabbitMqOptions
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
}
