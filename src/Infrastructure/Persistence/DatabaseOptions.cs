namespace ResumeExport.Infrastructure.Persistence;

public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary>Apply EF Core migrations when the API starts (development and the one-command stack; production runs a migration job).</summary>
    public bool ApplyMigrationsOnStartup { get; set; }

    /// <summary>Also create the demo user and admin; plans and templates are seeded whenever migrations are applied.</summary>
    public bool SeedDemoData { get; set; }
}
