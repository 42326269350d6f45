using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResumeExport.Adapters.Persistence;
using ResumeExport.Application.Common.DomainEvents;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Domain.Exports;
using ResumeExport.Domain.Plans;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.Exports;

/// <summary>
/// The follow-ups of a completed export run inside the save that completes it (decision 0025): when one throws, the
/// completion and every follow-up's rows and outbox messages roll back together.
/// </summary>
public sealed class ExportFollowUpAtomicityTests : IntegrationFixture
{
    private readonly FollowUpSwitch followUp = new();
    private ApiFactory api = null!;

    [OneTimeSetUp]
    public void StartApi() =>
        // Registered after the application's handlers, so it runs after the real e-mail follow-up has queued its job.
        api = new ApiFactory(ConnectionString, VirtualHost, configureServices: services => services
            .AddSingleton(followUp)
            .AddScoped<IDomainEventHandler<ExportCompleted>, SwitchableFailingFollowUp>());

    [OneTimeTearDown]
    public async Task StopApiAsync() => await api.DisposeAsync();

    [Test]
    public async Task A_follow_up_that_throws_leaves_the_export_uncompleted_and_nothing_the_other_follow_ups_wrote()
    {
        var exportId = await ProcessingEmailExportAsync();
        followUp.Throw = true;

        Assert.ThrowsAsync<InvalidOperationException>(() => CompleteThroughTheUnitOfWorkAsync(exportId));

        var (status, emailJobs, outboxMessages) = await CommittedAsync(exportId);
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(ExportStatus.Processing), "the completion rolled back with the follow-up");
            Assert.That(emailJobs, Is.Zero, "the e-mail follow-up's job rolled back too");
            Assert.That(outboxMessages, Is.Zero, "and so did its send message");
        });
    }

    [Test]
    public async Task A_follow_up_that_throws_inside_a_transaction_the_use_case_opened_rolls_that_transaction_back_too()
    {
        var exportId = await ProcessingEmailExportAsync();
        followUp.Throw = true;

        Assert.ThrowsAsync<InvalidOperationException>(() => CompleteThroughTheUnitOfWorkAsync(exportId, inOwnTransaction: true));

        var (status, emailJobs, outboxMessages) = await CommittedAsync(exportId);
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(ExportStatus.Processing));
            Assert.That(emailJobs, Is.Zero);
            Assert.That(outboxMessages, Is.Zero);
        });
    }

    [Test]
    public async Task Without_a_failing_follow_up_the_completion_commits_with_the_email_its_follow_up_queued()
    {
        var exportId = await ProcessingEmailExportAsync();
        followUp.Throw = false;

        await CompleteThroughTheUnitOfWorkAsync(exportId);

        var (status, emailJobs, outboxMessages) = await CommittedAsync(exportId);
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(ExportStatus.Completed));
            Assert.That(emailJobs, Is.EqualTo(1));
            Assert.That(outboxMessages, Is.EqualTo(1), "queued or already relayed, but written once");
        });
    }

    private async Task<Guid> ProcessingEmailExportAsync()
    {
        var (client, userId) = await TestData.SignedInClientAsync(api);
        var resume = await ApiClient.ReadJsonAsync(await client.PostAsJsonAsync("/api/resumes", ResumeSamples.Classic()));
        var export = Export.Request(userId, Guid.Parse(resume["id"]!.GetValue<string>()), PageSize.A4, ExportDelivery.Email, null, DateTimeOffset.UtcNow);
        export.StartAttempt();
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Exports.Add(export);
        await db.SaveChangesAsync();
        return export.Id;
    }

    /// <param name="inOwnTransaction">As the render does: complete and save inside <see cref="IUnitOfWork.InTransactionAsync"/>.</param>
    private async Task CompleteThroughTheUnitOfWorkAsync(Guid exportId, bool inOwnTransaction = false)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        var exports = scope.ServiceProvider.GetRequiredService<IExportRepository>();
        async Task<bool> CompleteAsync(CancellationToken cancellationToken)
        {
            var export = (await exports.FindAsync(exportId, cancellationToken))!;
            export.Complete("local", $"exports/{exportId}.pdf", 1024, 7, DateTimeOffset.UtcNow);
            await unitOfWork.SaveChangesAsync(cancellationToken);
            return true;
        }

        if (inOwnTransaction)
        {
            await unitOfWork.InTransactionAsync(CompleteAsync, CancellationToken.None);
        }
        else
        {
            await CompleteAsync(CancellationToken.None);
        }
    }

    private async Task<(ExportStatus Status, int EmailJobs, int OutboxMessages)> CommittedAsync(Guid exportId)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var status = await db.Exports.Where(e => e.Id == exportId).Select(e => e.Status).SingleAsync();
        var emailJobs = await db.EmailJobs.CountAsync(j => j.ExportId == exportId);
        var mentionsExport = $"%{exportId}%";
        var outboxMessages = await db.Database
            .SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM outbox_messages WHERE payload::text LIKE {mentionsExport}")
            .SingleAsync();
        return (status, emailJobs, outboxMessages);
    }

    /// <summary>Whether <see cref="SwitchableFailingFollowUp"/> throws; one per test class, set by each test.</summary>
    private sealed class FollowUpSwitch
    {
        public bool Throw { get; set; }
    }

    private sealed class SwitchableFailingFollowUp(FollowUpSwitch followUp) : IDomainEventHandler<ExportCompleted>
    {
        public Task HandleAsync(ExportCompleted domainEvent, CancellationToken cancellationToken) =>
            followUp.Throw ? throw new InvalidOperationException("A follow-up of the completion failed.") : Task.CompletedTask;
    }
}
