using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResumeExport.Adapters.Persistence;
using ResumeExport.Application.Common.Ports.Messaging;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Contracts;
using ResumeExport.Domain.Emails;
using ResumeExport.Domain.Plans;
using ResumeExport.Integration.Tests.Doubles;
using ResumeExport.Integration.Tests.Support;
using ResumeExport.Workers.Email.Exports;

namespace ResumeExport.Integration.Tests.Email;

/// <summary>
/// The API and the real e-mail worker (its Program.cs and DI) against one database, vhost, local storage directory and
/// an in-process SMTP server. Completed exports are arranged straight in the database and storage, so these tests do
/// not depend on Chromium.
/// </summary>
public sealed class EmailStack : IAsyncDisposable
{
    private readonly string storageRoot = Path.Combine(Path.GetTempPath(), "re-email-tests-" + Guid.NewGuid().ToString("N")[..8]);

    private EmailStack(string connectionString, string vhost, IDictionary<string, string?>? workerOverrides)
    {
        Smtp = new CapturingSmtpServer();
        Smtp.Start();
        var storage = new Dictionary<string, string?> { ["Storage:Driver"] = "local", ["Storage:Local:RootPath"] = storageRoot };
        Api = new ApiFactory(connectionString, vhost, storage);
        Api.StartServer(); // migrates the database
        var worker = new Dictionary<string, string?>(storage)
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp:Sender"] = "no-reply@resume-export.test",
            ["Smtp:SenderName"] = "ResumeExport Tests",
            ["Smtp:Security"] = "none",
            ["Smtp:Timeout"] = "00:00:05",
        };
        foreach (var (key, value) in workerOverrides ?? new Dictionary<string, string?>())
        {
            worker[key] = value;
        }

        Worker = new WorkerFactory<SendExportEmailConsumer>(connectionString, vhost, worker);
        _ = Worker.Services; // starts the worker: consumers, relay, SMTP sender
    }

    public CapturingSmtpServer Smtp { get; }

    /// <summary>Settings a further worker needs to share this stack's storage (e.g. a real PDF worker).</summary>
    public IDictionary<string, string?> StorageSettings => new Dictionary<string, string?> { ["Storage:Driver"] = "local", ["Storage:Local:RootPath"] = storageRoot };

    public ApiFactory Api { get; }

    public WorkerFactory<SendExportEmailConsumer> Worker { get; }

    public static EmailStack Start(string connectionString, string vhost, IDictionary<string, string?>? workerOverrides = null) =>
        new(connectionString, vhost, workerOverrides);

    /// <summary>A signed-in client of a new free-plan user with one resume; returns its ids.</summary>
    public async Task<(HttpClient Client, Guid UserId, Guid ResumeId, string Email)> NewUserWithResumeAsync(string title = "Backend Engineer")
    {
        var email = $"applicant-{Guid.NewGuid():N}@example.com";
        var client = Api.CreateClient();
        var (token, userId) = await ApiClient.RegisterAsync(client, email);
        client.Authorize(token);
        var response = await client.PostAsJsonAsync("/api/resumes", ResumeSamples.Classic(title));
        var resume = await ApiClient.ReadJsonAsync(response);
        Assert.That(response.IsSuccessStatusCode, Is.True, resume.ToJsonString());
        return (client, userId, Guid.Parse(resume["id"]!.GetValue<string>()), email);
    }

    /// <summary>A completed export of the resume with a stored file, as the PDF worker would leave it.</summary>
    public Task<(Guid ExportId, byte[] Pdf)> CompletedExportAsync(Guid userId, Guid resumeId, ExportDelivery delivery = ExportDelivery.Download) =>
        TestData.CompletedExportAsync(Api, userId, resumeId, delivery);

    /// <summary>What the PDF worker does when a free-plan export is stored: an e-mail job and its message, in one commit.</summary>
    public async Task<Guid> QueueFreeTierEmailAsync(Guid userId, Guid exportId, string recipient)
    {
        await using var scope = Api.Services.CreateAsyncScope();
        var job = EmailJob.ForFreeTierExport(userId, exportId, recipient, DateTimeOffset.UtcNow);
        scope.ServiceProvider.GetRequiredService<IEmailJobRepository>().Add(job);
        scope.ServiceProvider.GetRequiredService<IMessageOutbox>().Enqueue(new SendExportEmail(job.Id, exportId, userId));
        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
        return job.Id;
    }

    public async Task<EmailJob[]> JobsOfAsync(Guid userId)
    {
        await using var scope = Api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().EmailJobs.AsNoTracking()
            .Where(j => j.UserId == userId).ToArrayAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Worker.DisposeAsync();
        await Api.DisposeAsync();
        await Smtp.DisposeAsync();
        if (Directory.Exists(storageRoot))
        {
            Directory.Delete(storageRoot, recursive: true);
        }
    }
}
