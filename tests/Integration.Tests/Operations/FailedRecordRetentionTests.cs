using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResumeExport.Adapters.Persistence;
using ResumeExport.Application.Exports.PurgeFailedRecords;
using ResumeExport.Domain.Emails;
using ResumeExport.Domain.Exports;
using ResumeExport.Domain.Plans;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.Operations;

/// <summary>Failed rows (dead letters) are kept for the configured retention, then deleted; newer ones stay.</summary>
public sealed class FailedRecordRetentionTests : IntegrationFixture
{
    [Test]
    public async Task Failed_exports_and_email_jobs_older_than_the_retention_are_deleted_and_newer_ones_kept()
    {
        await using var api = new ApiFactory(ConnectionString, VirtualHost);
        using var client = api.CreateClient();
        var (_, userId) = await ApiClient.RegisterAsync(client);
        var now = DateTimeOffset.UtcNow;
        var old = Failed(userId, now.AddDays(-40));
        var recent = Failed(userId, now.AddDays(-1));
        var oldJob = EmailJob.ForFreeTierExport(userId, old.Id, "a@example.com", now.AddDays(-40));
        oldJob.Fail("smtp_permanent", "550");
        var recentJob = EmailJob.ForFreeTierExport(userId, recent.Id, "a@example.com", now.AddDays(-1));
        recentJob.Fail("smtp_permanent", "550");
        await using (var scope = api.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Exports.AddRange(old, recent);
            db.EmailJobs.AddRange(oldJob, recentJob);
            await db.SaveChangesAsync();
        }

        PurgeFailedRecordsResult result;
        await using (var scope = api.Services.CreateAsyncScope())
        {
            result = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new PurgeFailedRecordsCommand(TimeSpan.FromDays(30), BatchSize: 1));
        }

        Assert.That(result, Is.EqualTo(new PurgeFailedRecordsResult(1, 1)));
        await using var check = api.Services.CreateAsyncScope();
        var remaining = check.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.That(await remaining.Exports.Select(e => e.Id).ToListAsync(), Is.EqualTo(new[] { recent.Id }));
        Assert.That(await remaining.EmailJobs.Select(j => j.Id).ToListAsync(), Is.EqualTo(new[] { recentJob.Id }));
    }

    private static Export Failed(Guid userId, DateTimeOffset at)
    {
        var export = Export.Request(userId, Guid.NewGuid(), PageSize.A4, ExportDelivery.Download, null, at);
        export.StartAttempt();
        export.Fail("render_failed", "boom", at);
        return export;
    }
}
