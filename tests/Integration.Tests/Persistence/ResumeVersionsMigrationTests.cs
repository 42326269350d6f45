using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using ResumeExport.Adapters.Persistence;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.Persistence;

/// <summary>
/// <c>ResumeVersions</c> on a database that already holds resumes: each gets its current content as version 1, the
/// resume row survives unchanged, and the version's hash (computed by the application from the migrated row, since the
/// migration leaves it null) equals the hash of the resume's content as the application computes it for new versions.
/// </summary>
public sealed class ResumeVersionsMigrationTests : IntegrationFixture
{
    private const string BeforeTheMigration = "20261207011336_ExportFormatsPerPlan";
    private static readonly Guid UserId = Guid.Parse("0193a000-0000-7000-8000-000000000001");
    private static readonly Guid ResumeId = Guid.Parse("0193a000-0000-7000-8000-0000000000aa");
    private static readonly Guid BareResumeId = Guid.Parse("0193a000-0000-7000-8000-0000000000bb");

    [OneTimeSetUp]
    public async Task MigrateADatabaseWithResumesAsync()
    {
        await using var db = Context();
        await db.GetService<IMigrator>().MigrateAsync(BeforeTheMigration);
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            await using var insert = new NpgsqlCommand($$"""
                INSERT INTO plans (code, name, monthly_price_cents) VALUES ('free', 'Free', 0), ('pro', 'Pro', 900), ('team', 'Team', 2900);
                INSERT INTO plan_limits (plan_code, max_resumes, max_sections_per_resume, daily_exports, daily_upload_bytes,
                                         daily_bulk_applies, max_bulk_apply_recipients, export_retention_days, premium_templates, export_delivery)
                VALUES ('free', 1, 10, 3, 5242880, 1, 5, 7, false, 'Email'),
                       ('pro', 20, 20, 50, 209715200, 10, 25, 30, true, 'Download'),
                       ('team', 100, 20, 500, 2147483648, 50, 50, 90, true, 'Download');
                INSERT INTO templates (key, name, version, is_premium, required_sections) VALUES ('classic', 'Classic', 1, false, ARRAY[]::text[]);
                INSERT INTO users (id, email, normalized_email, password_hash, display_name, role, plan_code, created_at)
                VALUES ('{{UserId}}', 'ana@example.com', 'ana@example.com', 'x', 'Ana', 'User', 'pro', '2026-01-01T00:00:00Z');
                INSERT INTO resumes (id, user_id, title, template_key, is_default, sections, basics, language, created_at, updated_at, version)
                VALUES ('{{ResumeId}}', '{{UserId}}', 'Ingénieure <backend>', 'classic', true,
                        '[{"kind":"experience","title":"Erfahrung","items":[{"company":"Müller & Söhne","role":"Dev","startDate":"2014-06","endDate":"2016","bullets":["Shipped \"things\"","日本語"],"hasContent":true}],"keepTogether":true,"startOnNewPage":false,"hasContent":true},{"kind":"skills","title":"Skills","items":[{"name":"C#","keywords":["async"]}]}]',
                        '{"name":"Ana","location":{"city":"Zürich","countryCode":"CH","postalCode":"8000"},"profiles":[{"network":"GitHub","username":"ana"}]}',
                        'de-CH', '2026-02-01T10:00:00Z', '2026-03-01T10:00:00Z', 7),
                       ('{{BareResumeId}}', '{{UserId}}', 'Bare', 'classic', false, '[]', NULL, NULL, '2026-02-02T10:00:00Z', '2026-02-02T10:00:00Z', 1);
                """, connection, transaction);
            await insert.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
        }

        await db.Database.MigrateAsync();
    }

    [Test]
    public async Task Every_existing_resume_gets_its_current_content_as_version_1_and_stays_as_it_was()
    {
        await using var db = Context();

        var resume = await db.Resumes.AsNoTracking().SingleAsync(r => r.Id == ResumeId);
        var versions = await db.ResumeVersions.AsNoTracking().Where(v => v.UserId == UserId).ToListAsync();

        Assert.Multiple(() =>
        {
            Assert.That(versions.Select(v => (v.ResumeId, v.Version)), Is.EquivalentTo(new[] { (ResumeId, 1), (BareResumeId, 1) }));
            Assert.That(resume.LatestVersion, Is.EqualTo(1));
            Assert.That(resume.Version, Is.EqualTo(7), "the concurrency token is untouched");
            Assert.That(resume.Title, Is.EqualTo("Ingénieure <backend>"));
            var first = versions.Single(v => v.ResumeId == ResumeId);
            Assert.That(first.CreatedAt, Is.EqualTo(resume.UpdatedAt), "the content dates from the resume's last change");
            Assert.That(first.Content.SameAs(resume.Content), Is.True, "the same content, value for value");
        });
    }

    [Test]
    public async Task A_migrated_versions_hash_is_the_hash_the_application_computes_for_that_content()
    {
        await using var db = Context();

        var resume = await db.Resumes.AsNoTracking().SingleAsync(r => r.Id == ResumeId);
        var migrated = await db.ResumeVersions.AsNoTracking().SingleAsync(v => v.ResumeId == ResumeId);
        var captured = Domain.Resumes.ResumeVersion.Capture(resume, DateTimeOffset.UtcNow);

        Assert.Multiple(() =>
        {
            Assert.That(migrated.StoredContentSha256, Is.Null, "the migration leaves the hash to the application");
            Assert.That(migrated.ContentSha256, Does.Match("^[0-9a-f]{64}$"));
            Assert.That(migrated.ContentSha256, Is.EqualTo(captured.StoredContentSha256), "what a new version of the same content stores");
            Assert.That(migrated.ContentSha256, Is.EqualTo(resume.Content.Sha256()));
        });
    }

    [Test]
    public async Task Plans_keep_10_100_and_500_versions()
    {
        await using var db = Context();

        var kept = await db.PlanLimits.AsNoTracking().ToDictionaryAsync(l => l.PlanCode, l => l.MaxVersionsKept);

        Assert.That(kept, Is.EquivalentTo(new Dictionary<string, int> { ["free"] = 10, ["pro"] = 100, ["team"] = 500 }));
    }

    private AppDbContext Context()
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        DependencyInjection.ConfigureNpgsql(options, ConnectionString);
        return new AppDbContext(options.Options);
    }
}
