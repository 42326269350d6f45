using ResumeExport.Application.BulkApplies.FailWaitingApplications;
using ResumeExport.Application.UnitTests.Fakes;
using ResumeExport.Domain.BulkApplies;
using ResumeExport.Domain.Emails;
using ResumeExport.Domain.Exports;

namespace ResumeExport.Application.UnitTests.BulkApplies.FailWaitingApplications;

[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class FailWaitingApplicationsWhenExportFailedTests
{
    private static readonly DateTimeOffset Now = TestClock.Now;

    private readonly InMemoryEmailJobRepository emailJobs = new();
    private readonly InMemoryBulkApplyRepository bulkApplies = new();
    private readonly InMemoryEmailCounters counters = new();
    private readonly RecordingLogger<WaitingApplicationFailureLog> log = new();
    private readonly Guid userId = Guid.NewGuid();
    private readonly Guid exportId = Guid.NewGuid();

    [Test]
    public async Task Each_waiting_application_fails_visibly_in_its_job_its_bulk_apply_the_counters_and_the_log()
    {
        var (bulkApply, jobs) = SeedWaitingApplications(2);

        await Handle(ExportErrorCodes.UploadLimitExceeded);

        Assert.Multiple(() =>
        {
            foreach (var job in jobs)
            {
                Assert.That(job.Status, Is.EqualTo(EmailJobStatus.Failed), "the job is in the failed e-mails");
                Assert.That(job.Attempts, Is.EqualTo(1), "its delivery counts as one failed attempt");
                Assert.That(job.LastErrorCode, Is.EqualTo(EmailErrorCodes.ExportFailed));
                Assert.That(job.LastError, Does.Contain(ExportErrorCodes.UploadLimitExceeded));
            }

            Assert.That(bulkApply.Applications.Select(a => a.Status), Is.All.EqualTo(BulkApplicationStatus.Failed), "the bulk apply shows them failed");
            Assert.That(counters[EmailReason.BulkApply, EmailJobStatus.Failed], Is.EqualTo(2), "bulkApply.failed counts them");
            Assert.That(log.Entries.Where(e => e.EventId.Id == 4003).Select(e => e.Message),
                Has.Exactly(2).Contains(exportId.ToString()).And.All.Contains(ExportErrorCodes.UploadLimitExceeded), "one record per failed application");
        });
    }

    [Test]
    public async Task Applications_waiting_for_another_export_are_left_waiting()
    {
        var elsewhere = EmailJob.ForBulkApplication(userId, Guid.NewGuid(), Guid.NewGuid(), "hr@acme.example", Now);
        emailJobs.Seed(elsewhere);

        await Handle(ExportErrorCodes.RenderFailed);

        Assert.Multiple(() =>
        {
            Assert.That(elsewhere.Status, Is.EqualTo(EmailJobStatus.Queued));
            Assert.That(counters[EmailReason.BulkApply, EmailJobStatus.Failed], Is.Zero);
            Assert.That(log.Entries, Is.Empty);
        });
    }

    [Test]
    public async Task A_waiting_job_whose_bulk_apply_is_gone_still_fails_and_counts()
    {
        var orphan = EmailJob.ForBulkApplication(userId, Guid.NewGuid(), exportId, "hr@acme.example", Now);
        emailJobs.Seed(orphan);

        await Handle(ExportErrorCodes.RenderFailed);

        Assert.Multiple(() =>
        {
            Assert.That(orphan.Status, Is.EqualTo(EmailJobStatus.Failed));
            Assert.That(counters[EmailReason.BulkApply, EmailJobStatus.Failed], Is.EqualTo(1));
        });
    }

    private (BulkApply BulkApply, EmailJob[] Jobs) SeedWaitingApplications(int count)
    {
        var bulkApply = BulkApply.Start(userId, Guid.NewGuid(), exportId, Now);
        var jobs = Enumerable.Range(0, count).Select(i => EmailJob.ForBulkApplication(userId, bulkApply.Id, exportId, $"hr{i}@acme.example", Now)).ToArray();
        foreach (var job in jobs)
        {
            bulkApply.AddApplication("Acme", "Engineer", job.Recipient, null, job.Id, Now);
        }

        emailJobs.Seed(jobs);
        bulkApplies.Seed(bulkApply);
        return (bulkApply, jobs);
    }

    private Task Handle(string errorCode) =>
        new FailWaitingApplicationsWhenExportFailed(emailJobs, bulkApplies, counters, new WaitingApplicationFailureLog(log))
            .HandleAsync(new ExportFailed(exportId, userId, errorCode, Now), CancellationToken.None);
}
