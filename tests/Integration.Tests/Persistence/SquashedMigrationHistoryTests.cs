using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using ResumeExport.Adapters.Persistence;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.Persistence;

/// <summary>
/// A database migrated by the pre-release chain moves onto the squashed one (decision 26), then takes the migrations
/// written after the squash; half a chain is refused.
/// </summary>
public sealed class SquashedMigrationHistoryTests : IntegrationFixture
{
    private static readonly string[] OldChain =
    [
        "20261126005741_InitialCreate",
        "20261126011013_ResumesAndSystemLog",
        "20261126011020_PlanLimitIntegrity",
        "20261126012554_ExportsAndEmailJobs",
        "20261126013416_BulkApplies",
        "20261126020226_Billing",
        "20261129141109_ResumeBasicsAndLanguage",
        "20261129173315_ExportPreview",
    ];

    private static readonly string[] NewChain = ["20261126005741_InitialSchema", "20261126011020_PlanLimitIntegrity"];

    /// <summary>The schema the old chain built is the squashed chain's, without what later migrations added.</summary>
    [OneTimeSetUp]
    public async Task MigrateWithTheSquashedChainAsync()
    {
        await using var db = Context();
        await db.GetService<IMigrator>().MigrateAsync(NewChain[^1]);
    }

    /// <summary>Each test starts from the squashed chain's schema and history, whatever the one before left.</summary>
    [SetUp]
    public async Task StartOnTheSquashedChainAsync()
    {
        await using (var db = Context())
        {
            var applied = await db.Database.GetAppliedMigrationsAsync();
            if (applied.Except(NewChain).Any(db.Database.GetMigrations().Contains))
            {
                await db.GetService<IMigrator>().MigrateAsync(NewChain[^1]); // back down to the squashed chain
            }
        }

        await RewriteHistoryAsync(NewChain);
    }

    [Test]
    public async Task A_database_with_the_whole_old_chain_ends_on_the_squashed_chain_and_the_later_migrations_with_nothing_left_to_apply()
    {
        await RewriteHistoryAsync(OldChain);
        await using var db = Context();

        await SquashedMigrationHistory.MoveOntoTheSquashedChainAsync(db, CancellationToken.None);
        await db.Database.MigrateAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(await db.Database.GetAppliedMigrationsAsync(), Is.EqualTo(db.Database.GetMigrations()));
            Assert.That((await db.Database.GetAppliedMigrationsAsync()).Take(NewChain.Length), Is.EqualTo(NewChain));
            Assert.That(await db.Database.GetPendingMigrationsAsync(), Is.Empty);
        });
    }

    [Test]
    public async Task A_database_with_part_of_the_old_chain_is_refused_and_left_as_it_was()
    {
        await RewriteHistoryAsync(OldChain[..3]);
        await using var db = Context();

        var refusal = Assert.ThrowsAsync<PostgresException>(() => SquashedMigrationHistory.MoveOntoTheSquashedChainAsync(db, CancellationToken.None));

        Assert.That(refusal!.MessageText, Does.Contain("holds 2 of the 7 migrations squashed into 20261126005741_InitialSchema"));
        Assert.That(await db.Database.GetAppliedMigrationsAsync(), Is.EqualTo(OldChain[..3]));
    }

    [Test]
    public async Task A_database_on_the_squashed_chain_is_left_alone()
    {
        await using var db = Context();

        await SquashedMigrationHistory.MoveOntoTheSquashedChainAsync(db, CancellationToken.None);

        Assert.That(await db.Database.GetAppliedMigrationsAsync(), Is.EqualTo(NewChain));
    }

    private AppDbContext Context()
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        DependencyInjection.ConfigureNpgsql(options, ConnectionString);
        return new AppDbContext(options.Options);
    }

    private async Task RewriteHistoryAsync(IEnumerable<string> ids)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "DELETE FROM __ef_migrations_history; INSERT INTO __ef_migrations_history (migration_id, product_version) SELECT unnest(@ids), '10.0.15'",
            connection);
        command.Parameters.AddWithValue("ids", ids.ToArray());
        await command.ExecuteNonQueryAsync();
    }
}
