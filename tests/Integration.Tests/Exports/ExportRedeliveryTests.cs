using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResumeExport.Adapters.Persistence;
using ResumeExport.Adapters.Rendering;
using ResumeExport.Application.Operations.GetExportOpsMetrics;
using ResumeExport.Domain.Exports;
using ResumeExport.Domain.Redeliveries;
using ResumeExport.Domain.SystemLogs;
using ResumeExport.Integration.Tests.Resumes;
using ResumeExport.Integration.Tests.Support;
using ResumeExport.Workers.Pdf.Exports;

namespace ResumeExport.Integration.Tests.Exports;

/// <summary>
/// Decision 36 over the real pipeline with time compressed through settings (the same code paths): an export whose
/// render keeps failing past its quick retries waits queued in PostgreSQL, is re-driven when due, completes once when
/// the fault clears, and fails with the give-up code when its window is over.
/// </summary>
[NonParallelizable]
public sealed class ExportRedeliveryTests : IntegrationFixture
{
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Chromium:EnableFaultInjection"] = "true",
        ["Messaging:Retry:RetryLimit"] = "1",
        ["Redelivery:InitialDelay"] = "00:00:00.300",
        ["Redelivery:MaxDelay"] = "00:00:01",
        ["Redelivery:Window"] = "00:00:15",
        ["Redelivery:DispatchInterval"] = "00:00:00.200",
    };

    private ApiFactory api = null!;
    private WorkerFactory<RenderExportPdfConsumer> pdfWorker = null!;
    private RenderFaultInjection faults = null!;

    [OneTimeSetUp]
    public void StartStack()
    {
        api = new ApiFactory(ConnectionString, VirtualHost, Settings);
        api.StartServer();
        pdfWorker = new WorkerFactory<RenderExportPdfConsumer>(ConnectionString, VirtualHost, Settings);
        faults = pdfWorker.Services.GetRequiredService<RenderFaultInjection>();
    }

    [OneTimeTearDown]
    public async Task StopStackAsync()
    {
        await pdfWorker.DisposeAsync();
        await api.DisposeAsync();
    }

    [TearDown]
    public void ClearFault() => faults.Enabled = false;

    [Test]
    public async Task An_export_failing_past_its_quick_retries_waits_queued_and_completes_once_when_the_fault_clears()
    {
        faults.Enabled = true;
        var (client, exportId) = await RequestExportAsync();

        var waiting = await Eventually.UntilAsync(
            () => ExportAsync(exportId), e => e.Redeliveries >= 2 && e.Status == ExportStatus.Queued, "the export to wait for its second redelivery");
        Assert.Multiple(() =>
        {
            Assert.That(waiting.ErrorCode, Is.EqualTo(ExportErrorCodes.RenderFailed), "why it waits");
            Assert.That(waiting.WaitingSince, Is.Not.Null);
            Assert.That(waiting.CompletedAt, Is.Null, "not failed");
        });
        var ops = await Eventually.UntilAsync(OpsAsync, o => o.Redelivery.Waiting > 0, "export-ops to show the waiting export");
        Assert.That(ops.Redelivery.ByReason, Has.Some.Matches<WaitingWork>(w => w.Kind == RedeliveryKind.Export && w.Reason == ExportErrorCodes.RenderFailed));

        faults.Enabled = false;

        var done = await ExportClient.WaitUntilFinishedAsync(client, exportId.ToString());
        Assert.That(done["status"]!.GetValue<string>(), Is.EqualTo("completed"), done.ToJsonString());
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var stored = await db.SystemLogs.AsNoTracking()
            .CountAsync(l => l.Action == SystemLogActions.ExportStored && l.UserId == waiting.UserId);
        Assert.Multiple(async () =>
        {
            Assert.That(stored, Is.EqualTo(1), "completed exactly once");
            Assert.That(await db.Redeliveries.CountAsync(r => r.ItemId == exportId), Is.Zero, "nothing left waiting");
        });
    }

    [Test]
    public async Task An_export_still_failing_when_its_window_is_over_fails_with_the_give_up_code_and_the_last_error()
    {
        faults.Enabled = true;
        var (client, exportId) = await RequestExportAsync();

        var done = await ExportClient.WaitUntilFinishedAsync(client, exportId.ToString(), TimeSpan.FromSeconds(90));

        Assert.Multiple(() =>
        {
            Assert.That(done["status"]!.GetValue<string>(), Is.EqualTo("failed"), done.ToJsonString());
            Assert.That(done["errorCode"]!.GetValue<string>(), Is.EqualTo(RedeliveryPolicy.GaveUpErrorCode));
            Assert.That(done["errorMessage"]!.GetValue<string>(), Does.Contain(ExportErrorCodes.RenderFailed).And.Contains("Injected render failure"));
            Assert.That(done["retryable"]!.GetValue<bool>(), Is.True, "a requeue by hand may still help");
        });
    }

    private async Task<(HttpClient Client, Guid ExportId)> RequestExportAsync()
    {
        var client = api.CreateClient();
        var (token, userId) = await ApiClient.RegisterAsync(client);
        await TestData.MovePlanAsync(api, userId, "pro");
        client.Authorize(token);
        var resumeId = (await ResumesApiTests.PostResumeAsync(client, ResumeSamples.Classic()))["id"]!.GetValue<string>();
        var exportId = (await ExportClient.RequestAsync(client, resumeId))["id"]!.GetValue<string>();
        return (client, Guid.Parse(exportId));
    }

    private async Task<Export> ExportAsync(Guid exportId)
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Exports.AsNoTracking().SingleAsync(e => e.Id == exportId);
    }

    private async Task<ExportOpsMetricsResponse> OpsAsync()
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(new GetExportOpsMetricsQuery());
    }
}
