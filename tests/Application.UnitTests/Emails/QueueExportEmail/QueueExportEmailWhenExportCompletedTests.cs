using ResumeExport.Application.Emails.QueueExportEmail;
using ResumeExport.Application.UnitTests.Fakes;
using ResumeExport.Domain.Emails;
using ResumeExport.Domain.Exports;
using ResumeExport.Domain.Plans;
using ResumeExport.Domain.Users;

namespace ResumeExport.Application.UnitTests.Emails.QueueExportEmail;

[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class QueueExportEmailWhenExportCompletedTests
{
    private static readonly DateTimeOffset Now = TestClock.Now;

    private readonly InMemoryUserRepository users = new();
    private readonly InMemoryEmailJobRepository emailJobs = new();
    private readonly RecordingMessageOutbox outbox = new();
    private User ana = null!;

    [SetUp]
    public void SetUp()
    {
        ana = TestUsers.Ana();
        users.Seed(ana);
    }

    [Test]
    public async Task An_export_delivered_by_email_queues_a_free_tier_email_to_its_owner_and_its_send_message()
    {
        var exportId = Guid.NewGuid();

        await Handle(new ExportCompleted(exportId, ana.Id, ExportDelivery.Email, Now));

        var job = emailJobs.Added.Single();
        Assert.Multiple(() =>
        {
            Assert.That(job.Reason, Is.EqualTo(EmailReason.FreeTierExport));
            Assert.That(job.Status, Is.EqualTo(EmailJobStatus.Queued));
            Assert.That(job.Recipient, Is.EqualTo(ana.Email));
            Assert.That(job.ExportId, Is.EqualTo(exportId));
            Assert.That(job.UserId, Is.EqualTo(ana.Id));
            Assert.That(job.CreatedAt, Is.EqualTo(Now));
            Assert.That(outbox.Messages, Is.EqualTo(new object[] { new ResumeExport.Contracts.SendExportEmail(job.Id, exportId, ana.Id) }));
        });
    }

    [Test]
    public async Task A_downloaded_export_queues_no_email()
    {
        await Handle(new ExportCompleted(Guid.NewGuid(), ana.Id, ExportDelivery.Download, Now));

        Assert.Multiple(() =>
        {
            Assert.That(emailJobs.Added, Is.Empty);
            Assert.That(outbox.Messages, Is.Empty);
        });
    }

    [Test]
    public void An_owner_missing_from_the_completing_transaction_is_a_bug_that_stops_the_save() =>
        Assert.ThrowsAsync<InvalidOperationException>(() => Handle(new ExportCompleted(Guid.NewGuid(), Guid.NewGuid(), ExportDelivery.Email, Now)));

    private Task Handle(ExportCompleted domainEvent) =>
        new QueueExportEmailWhenExportCompleted(users, emailJobs, outbox).HandleAsync(domainEvent, CancellationToken.None);
}
