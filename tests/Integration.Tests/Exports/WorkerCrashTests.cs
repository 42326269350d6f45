using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResumeExport.Adapters.Persistence;
using ResumeExport.Domain.Exports;
using ResumeExport.Domain.SystemLogs;
using ResumeExport.Integration.Tests.Resumes;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.Exports;

/// <summary>Killing the PDF worker in the middle of a batch loses no export, and none is stored twice.</summary>
[NonParallelizable]
public sealed class WorkerCrashTests : IntegrationFixture
{
    private const int BatchSize = 12;

    [Test]
    public async Task Every_export_of_a_batch_completes_exactly_once_across_a_worker_kill()
    {
        await using var api = new ApiFactory(ConnectionString, VirtualHost);
        using var client = api.CreateClient();
        var (token, userId) = await ApiClient.RegisterAsync(client);
        await TestData.MovePlanAsync(api, userId, "team");
        client.Authorize(token);
        var exportIds = new List<Guid>();
        for (var i = 0; i < BatchSize; i++)
        {
            // One resume per export: an unchanged version would be rendered once and its file reused (decision 35),
            // and the kill must land while real renders are in flight.
            var resumeId = (await ResumesApiTests.PostResumeAsync(client, ResumeSamples.Classic($"Crash test {i}", experienceItems: 8)))["id"]!.GetValue<string>();
            exportIds.Add(Guid.Parse((await ExportClient.RequestAsync(client, resumeId))["id"]!.GetValue<string>()));
        }

        var settings = TestSettings.For(ConnectionString, VirtualHost);
        using (var first = WorkerProcess.Start("ResumeExport.Workers.Pdf", settings))
        {
            // Kill it once some exports are done and others are still queued or rendering.
            var completed = await CountWhenAsync(api, n => n >= 2 || first.HasExited, TimeSpan.FromSeconds(120));
            Assert.That(completed >= 2 && !first.HasExited, Is.True, $"the first exports did not complete; worker output:{Environment.NewLine}{first.RecentOutput}");
            first.Kill();
        }

        var completedAtKill = await CountAsync(api, ExportStatus.Completed);
        Assert.That(completedAtKill, Is.LessThan(BatchSize), "the kill must land mid-batch for this test to mean anything");

        using (WorkerProcess.Start("ResumeExport.Workers.Pdf", settings))
        {
            await Eventually.UntilAsync(() => CountAsync(api, ExportStatus.Completed), n => n == BatchSize, "every export to complete after the restart", TimeSpan.FromSeconds(180));
        }

        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var stored = (await db.SystemLogs.Where(l => l.Action == SystemLogActions.ExportStored).ToListAsync())
            .Select(l => exportIds.Single(id => l.Metadata.Contains(id.ToString(), StringComparison.Ordinal)))
            .GroupBy(id => id)
            .ToDictionary(g => g.Key, g => g.Count());
        Assert.That(stored.Keys, Is.EquivalentTo(exportIds));
        Assert.That(stored.Values, Is.All.EqualTo(1), "each export was recorded as stored exactly once");
        var files = Directory.GetFiles(settings["Storage:Local:RootPath"]!, "*.pdf", SearchOption.AllDirectories);
        Assert.That(files, Has.Length.EqualTo(BatchSize), "one stored object per export");
        Assert.That((await client.GetAsync($"/api/resumes/exports/{exportIds[^1]}/download")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    // Like Eventually, but returns the last count instead of failing, so the test can fail with the worker's output.
    private static async Task<int> CountWhenAsync(ApiFactory api, Func<int, bool> done, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        int count;
        while (!done(count = await CountAsync(api, ExportStatus.Completed)) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        return count;
    }

    private static async Task<int> CountAsync(ApiFactory api, ExportStatus status)
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Exports.CountAsync(e => e.Status == status);
    }
}
