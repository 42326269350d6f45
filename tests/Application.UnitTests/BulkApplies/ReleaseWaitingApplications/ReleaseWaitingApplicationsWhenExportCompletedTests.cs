using ResumeExport.Application.BulkApplies.ReleaseWaitingApplications;
using ResumeExport.Application.UnitTests.Fakes;
using ResumeExport.Contracts;
using ResumeExport.Domain.Emails;
using ResumeExport.Domain.Exports;
using ResumeExport.Domain.Plans;

namespace ResumeExport.Application.UnitTests.BulkApplies.ReleaseWaitingApplications;

[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class ReleaseWaitingApplicationsWhenExportCompletedTests
{
    private static readonly DateTimeOffset Now = TestClock.Now;

    private readonly InMemoryEmailJobRepository emailJobs = new();
    private readonly RecordingMessageOutbox outbox = new();
    private readonly Guid userId = Guid.NewGuid();
    private readonly Guid exportId = Guid.NewGuid();

    [Test]
    public async Task Each_application_waiting_for_the_pdf_is_sent_now()
    {
        var bulkApplyId = Guid.NewGuid();
        var first = EmailJob.ForBulkApplication(userId, bulkApplyId, exportId, "hr@acme.example", Now);
        var second = EmailJob.ForBulkApplication(userId, bulkApplyId, exportId, "jobs@globex.example", Now);
        emailJobs.Seed(first, second);

        await Handle();

        Assert.That(outbox.Messages, Is.EquivalentTo(new object[]
        {
            new SendBulkApplication(first.Id, bulkApplyId, userId),
            new SendBulkApplication(second.Id, bulkApplyId, userId),
        }));
    }

    [Test]
    public async Task Applications_waiting_for_another_export_or_already_tried_stay_as_they_are()
    {
        var otherExport = EmailJob.ForBulkApplication(userId, Guid.NewGuid(), Guid.NewGuid(), "hr@acme.example", Now);
        var alreadyFailed = EmailJob.ForBulkApplication(userId, Guid.NewGuid(), exportId, "jobs@globex.example", Now);
        alreadyFailed.FailWithoutSending(EmailErrorCodes.ExportFailed, "An earlier export failed.");
        emailJobs.Seed(otherExport, alreadyFailed);

        await Handle();

        Assert.That(outbox.Messages, Is.Empty);
    }

    private Task Handle() =>
        new ReleaseWaitingApplicationsWhenExportCompleted(emailJobs, outbox)
            .HandleAsync(new ExportCompleted(exportId, userId, ExportDelivery.Download, Now), CancellationToken.None);
}
