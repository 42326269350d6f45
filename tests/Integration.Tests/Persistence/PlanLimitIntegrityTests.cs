using Npgsql;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.Persistence;

/// <summary>One PlanLimit per plan, in the database itself: deferred constraint triggers checked at commit, whatever the client.</summary>
public sealed class PlanLimitIntegrityTests : IntegrationFixture
{
    [OneTimeSetUp]
    public async Task MigrateAsync()
    {
        await using var api = new ApiFactory(ConnectionString, VirtualHost);
        api.StartServer();
    }

    [Test]
    public async Task Every_seeded_plan_has_exactly_one_limit_row()
    {
        var count = await ScalarAsync("SELECT count(*) FROM plans p JOIN plan_limits l ON l.plan_code = p.code");
        var plans = await ScalarAsync("SELECT count(*) FROM plans");

        Assert.That(plans, Is.EqualTo(3));
        Assert.That(count, Is.EqualTo(plans));
    }

    [Test]
    public async Task A_plan_without_its_limit_cannot_commit()
    {
        await using var connection = await OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await ExecuteAsync(connection, "INSERT INTO plans (code, name, monthly_price_cents) VALUES ('orphan', 'Orphan', 100)");

        // Deferred: the insert itself succeeds; the commit is refused.
        var failure = Assert.ThrowsAsync<PostgresException>(() => transaction.CommitAsync());

        Assert.That(failure!.SqlState, Is.EqualTo(PostgresErrorCodes.IntegrityConstraintViolation));
        Assert.That(failure.MessageText, Does.Contain("orphan"));
        Assert.That(await ScalarAsync("SELECT count(*) FROM plans WHERE code = 'orphan'"), Is.Zero);
    }

    [Test]
    public async Task A_plan_with_its_limit_added_later_in_the_same_transaction_commits()
    {
        await using var connection = await OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await ExecuteAsync(connection, "INSERT INTO plans (code, name, monthly_price_cents) VALUES ('starter', 'Starter', 300)");
        await ExecuteAsync(connection, """
            INSERT INTO plan_limits (plan_code, max_resumes, max_sections_per_resume, daily_exports, daily_upload_bytes,
                                     daily_bulk_applies, max_bulk_apply_recipients, export_retention_days, premium_templates, export_delivery)
            VALUES ('starter', 5, 10, 10, 10485760, 2, 10, 14, false, 'Download')
            """);

        await transaction.CommitAsync();

        Assert.That(await ScalarAsync("SELECT count(*) FROM plan_limits WHERE plan_code = 'starter'"), Is.EqualTo(1));
        await ExecuteAsync(await OpenAsync(), "DELETE FROM plans WHERE code = 'starter'");
    }

    [Test]
    public async Task Deleting_the_limit_of_a_remaining_plan_fails_at_commit()
    {
        await using var connection = await OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await ExecuteAsync(connection, "DELETE FROM plan_limits WHERE plan_code = 'pro'");

        var failure = Assert.ThrowsAsync<PostgresException>(() => transaction.CommitAsync());

        Assert.That(failure!.SqlState, Is.EqualTo(PostgresErrorCodes.IntegrityConstraintViolation));
        Assert.That(await ScalarAsync("SELECT count(*) FROM plan_limits WHERE plan_code = 'pro'"), Is.EqualTo(1));
    }

    [Test]
    public async Task Deleting_a_plan_takes_its_limit_with_it()
    {
        await using var connection = await OpenAsync();
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await ExecuteAsync(connection, "INSERT INTO plans (code, name, monthly_price_cents) VALUES ('temp', 'Temp', 1)");
            await ExecuteAsync(connection, """
                INSERT INTO plan_limits (plan_code, max_resumes, max_sections_per_resume, daily_exports, daily_upload_bytes,
                                         daily_bulk_applies, max_bulk_apply_recipients, export_retention_days, premium_templates, export_delivery)
                VALUES ('temp', 1, 1, 1, 1, 1, 1, 1, false, 'Email')
                """);
            await transaction.CommitAsync();
        }

        await ExecuteAsync(connection, "DELETE FROM plans WHERE code = 'temp'");

        Assert.That(await ScalarAsync("SELECT count(*) FROM plan_limits WHERE plan_code = 'temp'"), Is.Zero);
    }

    [Test]
    public async Task The_migration_backfills_a_missing_limit_row_with_the_most_restrictive_values()
    {
        // Replay the backfill step on a plan that lost its limit while the triggers were not yet there.
        await using var connection = await OpenAsync();
        await ExecuteAsync(connection, "ALTER TABLE plan_limits DISABLE TRIGGER plan_limit_must_outlive_plan");
        await ExecuteAsync(connection, "DELETE FROM plan_limits WHERE plan_code = 'team'");
        await ExecuteAsync(connection, "ALTER TABLE plan_limits ENABLE TRIGGER plan_limit_must_outlive_plan");
        await ExecuteAsync(connection, "DELETE FROM \"__ef_migrations_history\" WHERE migration_id LIKE '%PlanLimitIntegrity'");
        await ExecuteAsync(connection, """
            DROP TRIGGER plan_limit_must_outlive_plan ON plan_limits; DROP FUNCTION plan_limit_must_outlive_plan();
            DROP TRIGGER plan_must_have_limit ON plans; DROP FUNCTION plan_must_have_limit();
            """);

        await using (var api = new ApiFactory(ConnectionString, VirtualHost))
        {
            api.StartServer(); // applies the pending migration again
        }

        Assert.That(await ScalarAsync("SELECT max_resumes FROM plan_limits WHERE plan_code = 'team'"), Is.EqualTo(1));
        Assert.That(await ScalarAsync("SELECT count(*) FROM pg_trigger WHERE tgname IN ('plan_must_have_limit', 'plan_limit_must_outlive_plan')"), Is.EqualTo(2));
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
