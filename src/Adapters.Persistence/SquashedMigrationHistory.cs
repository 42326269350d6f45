using Microsoft.EntityFrameworkCore;

namespace ResumeExport.Adapters.Persistence;

/// <summary>
/// Rewrites a pre-release migration history onto the squashed chain before EF Core migrates (decision 26); a partly
/// migrated database is refused, since the squashed schema would be assumed where it is not.
/// </summary>
internal static class SquashedMigrationHistory
{
    /// <summary>The old chain's IDs that the squash replaced; the first one is reused by <c>InitialSchema</c>.</summary>
    private static readonly string[] Replaced =
    [
        "20261126005741_InitialCreate",
        "20261126011013_ResumesAndSystemLog",
        "20261126012554_ExportsAndEmailJobs",
        "20261126013416_BulkApplies",
        "20261126020226_Billing",
        "20261129141109_ResumeBasicsAndLanguage",
        "20261129173315_ExportPreview",
    ];

    private static readonly string ReplacedIds = string.Join(", ", Replaced.Select(id => $"'{id}'"));

    /// <summary>Constants only, built once; PostgreSQL runs the block in one transaction.</summary>
    private static readonly string MoveStatement =
            $$"""
            DO $$
            DECLARE
                found integer;
            BEGIN
                IF to_regclass('__ef_migrations_history') IS NULL THEN
                    RETURN;   -- a new database: the squashed chain creates everything
                END IF;
                SELECT count(*) INTO found FROM __ef_migrations_history WHERE migration_id = ANY(ARRAY[{{ReplacedIds}}]);
                IF found = 0 THEN
                    RETURN;   -- already on the squashed chain
                END IF;
                IF found < {{Replaced.Length}} THEN
                    RAISE EXCEPTION 'This database holds % of the % migrations squashed into 20261126005741_InitialSchema: migrate it with a release before the squash first (docs/decisions/0026).', found, {{Replaced.Length}};
                END IF;
                DELETE FROM __ef_migrations_history WHERE migration_id = ANY(ARRAY[{{ReplacedIds}}]);
                INSERT INTO __ef_migrations_history (migration_id, product_version) VALUES ('20261126005741_InitialSchema', '10.0.15');
            END $$;
            """;

    public static Task MoveOntoTheSquashedChainAsync(DbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(MoveStatement, cancellationToken);
}
