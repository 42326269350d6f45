using System.ComponentModel.DataAnnotations;

namespace ResumeExport.Adapters.Persistence;

public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public const int DefaultMaxPoolSize = 20;

    public const int DefaultMaxAutoPrepare = 64;

    /// <summary>For development and the one-command stack; production runs a migration job.</summary>
    public bool ApplyMigrationsOnStartup { get; set; }

    /// <summary>Demo user and admin; plans and templates are always seeded.</summary>
    public bool SeedDemoData { get; set; }

    /// <summary>
    /// This process's pool size; the sum over all replicas must stay under <c>max_connections</c> (docs/reliability.md).
    /// </summary>
    [Range(1, 1000)]
    public int MaxPoolSize { get; set; } = DefaultMaxPoolSize;

    /// <summary>
    /// How many statements Npgsql keeps prepared on each connection once one has run five times (decision 42): PostgreSQL
    /// then binds and executes them without parsing and planning each again. 0 turns it off, e.g. behind a pooler in
    /// transaction mode that cannot carry prepared statements.
    /// </summary>
    [Range(0, 1000)]
    public int MaxAutoPrepare { get; set; } = DefaultMaxAutoPrepare;
}
