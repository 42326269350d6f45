using System.ComponentModel.DataAnnotations;

namespace ResumeExport.Adapters.Persistence;

public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public const int DefaultMaxPoolSize = 20;

    /// <summary>Apply EF Core migrations when the API starts (development and the one-command stack; production runs a migration job).</summary>
    public bool ApplyMigrationsOnStartup { get; set; }

    /// <summary>Also create the demo user and admin; plans and templates are seeded whenever migrations are applied.</summary>
    public bool SeedDemoData { get; set; }

    /// <summary>
    /// This process's pool size; the sum over all replicas must stay under <c>max_connections</c> (docs/reliability.md).
    /// </summary>
    [Range(1, 1000)]
    public int MaxPoolSize { get; set; } = DefaultMaxPoolSize;
}
