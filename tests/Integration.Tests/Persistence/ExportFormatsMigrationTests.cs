using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using ResumeExport.Adapters.Persistence;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.Persistence;

/// <summary>
/// <c>ExportFormatsPerPlan</c> on a database that already holds plans: free plans keep pdf, markdown and text, paid
/// plans (a price above 0) get all four, and nothing else in a plan's limits changes.
/// </summary>
public sealed class ExportFormatsMigrationTests : IntegrationFixture
{
    private const string BeforeTheMigration = "20261126011020_PlanLimitIntegrity";

    [OneTimeSetUp]
    public async Task MigrateADatabaseWithPlansAsync()
    {
        await using var db = Context();
        await db.GetService<IMigrator>().MigrateAsync(BeforeTheMigration);
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            await using var insert = new NpgsqlCommand("""
                INSERT INTO plans (code, name, monthly_price_cents) VALUES
                    ('free', 'Free', 0), ('pro', 'Pro', 900), ('agency', 'Agency', 4900), ('trial', 'Trial', 0);
                INSERT INTO plan_limits (plan_code, max_resumes, max_sections_per_resume, daily_exports, daily_upload_bytes,
                                         daily_bulk_applies, max_bulk_apply_recipients, export_retention_days, premium_templates, export_delivery)
                VALUES ('free', 1, 10, 3, 5242880, 1, 5, 7, false, 'Email'),
                       ('pro', 20, 20, 50, 209715200, 10, 25, 30, true, 'Download'),
                       ('agency', 200, 20, 900, 209715200, 10, 25, 30, true, 'Download'),
                       ('trial', 2, 10, 5, 5242880, 1, 5, 7, false, 'Email');
                """, connection, transaction);
            await insert.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
        }

        await db.Database.MigrateAsync();
    }

    [TestCase("free")]
    [TestCase("trial")]
    public async Task A_free_plan_keeps_pdf_markdown_and_text(string plan) =>
        Assert.That(await FormatsOfAsync(plan), Is.EqualTo(new[] { "pdf", "markdown", "text" }));

    [TestCase("pro")]
    [TestCase("agency")]
    public async Task A_paid_plan_gets_every_format(string plan) =>
        Assert.That(await FormatsOfAsync(plan), Is.EqualTo(new[] { "pdf", "docx", "markdown", "text" }));

    [Test]
    public async Task The_other_limits_are_unchanged_and_the_model_reads_the_new_feature()
    {
        await using var db = Context();

        var agency = await db.Plans.SingleAsync(p => p.Code == "agency");

        Assert.Multiple(() =>
        {
            Assert.That(agency.Limit.DailyExports, Is.EqualTo(900));
            Assert.That(agency.Limit.MaxResumes, Is.EqualTo(200));
            Assert.That(agency.Limit.ExportFormats, Is.EqualTo(new[] { "pdf", "docx", "markdown", "text" }));
        });
    }

    private async Task<string[]> FormatsOfAsync(string plan)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var select = new NpgsqlCommand("SELECT export_formats FROM plan_limits WHERE plan_code = @plan", connection);
        select.Parameters.AddWithValue("plan", plan);
        return (string[])(await select.ExecuteScalarAsync())!;
    }

    private AppDbContext Context()
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        DependencyInjection.ConfigureNpgsql(options, ConnectionString);
        return new AppDbContext(options.Options);
    }
}
