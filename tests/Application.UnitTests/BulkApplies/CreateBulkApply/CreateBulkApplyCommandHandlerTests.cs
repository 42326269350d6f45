using System.Text.Json;
using ResumeExport.Application.BulkApplies.Common;
using ResumeExport.Application.BulkApplies.CreateBulkApply;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.UnitTests.Fakes;
using ResumeExport.Contracts;
using ResumeExport.Domain.Emails;
using ResumeExport.Domain.Exports;
using ResumeExport.Domain.Plans;
using ResumeExport.Domain.Resumes;
using ResumeExport.Domain.SystemLogs;
using ResumeExport.Domain.Users;

namespace ResumeExport.Application.UnitTests.BulkApplies.CreateBulkApply;

/// <remarks>One instance per test: the fakes in the fields hold state.</remarks>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class CreateBulkApplyCommandHandlerTests
{
    private static readonly DateTimeOffset Now = TestClock.Now;

    private readonly InMemoryUserRepository users = new();
    private readonly InMemoryResumeRepository resumes = new();
    private readonly InMemoryExportRepository exports = new();
    private readonly InMemoryBulkApplyRepository bulkApplies = new();
    private readonly InMemoryEmailJobRepository emailJobs = new();
    private readonly FakePlanUsageReader usage = new();
    private readonly RecordingSystemLog systemLog = new();
    private readonly RecordingMessageOutbox outbox = new();
    private readonly CountingUnitOfWork unitOfWork = new();
    private readonly FakeCurrentUser currentUser = new();
    private User ana = null!;
    private Resume resume = null!;

    [SetUp]
    public void SetUp()
    {
        bool InsideLockedTransaction() => unitOfWork.IsInTransaction && users.Locks.Count == 1;
        users.TransactionProbe = () => unitOfWork.IsInTransaction;
        outbox.TransactionProbe = InsideLockedTransaction;
        systemLog.TransactionProbe = InsideLockedTransaction;
        ana = TestUsers.SignedIn(users, currentUser);
        resume = TestResumes.For(ana.Id);
        resumes.Seed(resume);
    }

    [Test]
    public async Task Queues_one_email_per_application_attaching_the_resumes_latest_completed_pdf()
    {
        var pdf = TestExports.Completed(ana.Id, resume.Id, requestedAt: Now.AddHours(-2));
        exports.Seed(pdf);

        var response = await Handle(Command(Application("a@acme.example"), Application("b@globex.example")));

        var bulkApply = bulkApplies.Added.Single();
        Assert.Multiple(() =>
        {
            Assert.That(response.Id, Is.EqualTo(bulkApply.Id));
            Assert.That(response.ExportId, Is.EqualTo(pdf.Id));
            Assert.That(exports.Added, Is.Empty, "the completed PDF is reused");
            Assert.That(emailJobs.Added.Select(j => j.Recipient), Is.EqualTo(new[] { "a@acme.example", "b@globex.example" }));
            Assert.That(emailJobs.Added.Select(j => j.Reason), Is.All.EqualTo(EmailReason.BulkApply));
            Assert.That(emailJobs.Added.Select(j => j.ExportId), Is.All.EqualTo(pdf.Id));
            Assert.That(response.Applications.Select(a => a.EmailJobId), Is.EqualTo(emailJobs.Added.Select(j => j.Id)));
            Assert.That(response.Applications.Select(a => a.Status), Is.All.EqualTo("queued"));
            Assert.That(outbox.Messages, Is.EqualTo(emailJobs.Added.Select(j => new SendBulkApplication(j.Id, bulkApply.Id, ana.Id))));
            Assert.That(unitOfWork.SaveCount, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Without_a_reusable_pdf_a_download_export_is_queued_and_the_mails_wait_for_it()
    {
        var response = await Handle(Command(Application("a@acme.example")));

        var export = exports.Added.Single();
        Assert.Multiple(() =>
        {
            Assert.That(response.ExportId, Is.EqualTo(export.Id));
            Assert.That(export.Delivery, Is.EqualTo(ExportDelivery.Download));
            Assert.That(export.Status, Is.EqualTo(ExportStatus.Queued));
            Assert.That(export.IdempotencyKey, Is.Null);
            Assert.That(outbox.Messages[0], Is.EqualTo(new RenderExportPdf(export.Id, ana.Id, Now)));
            Assert.That(outbox.Messages, Has.Count.EqualTo(1), "the PDF worker sends the mails when the PDF completes");
            Assert.That(emailJobs.Added.Single().Status, Is.EqualTo(EmailJobStatus.Queued));
        });
    }

    [Test]
    public async Task A_pdf_expiring_within_the_hour_is_not_reused()
    {
        var expiring = TestExports.Completed(ana.Id, resume.Id, requestedAt: Now.AddDays(-7).AddMinutes(10), retentionDays: 7);
        exports.Seed(expiring);

        var response = await Handle(Command(Application("a@acme.example")));

        Assert.Multiple(() =>
        {
            Assert.That(expiring.ExpiresAt, Is.LessThan(Now.AddHours(1)));
            Assert.That(response.ExportId, Is.Not.EqualTo(expiring.Id));
            Assert.That(exports.Added, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task Trims_company_and_position_and_stores_a_blank_message_as_none()
    {
        var response = await Handle(Command(new BulkApplicationRequest("  Acme ", " Backend Engineer ", "a@acme.example", "   ")));

        var application = response.Applications.Single();
        Assert.Multiple(() =>
        {
            Assert.That(application.Company, Is.EqualTo("Acme"));
            Assert.That(application.Position, Is.EqualTo("Backend Engineer"));
            Assert.That(application.Message, Is.Null);
        });
    }

    [Test]
    public async Task Logs_bulk_apply_with_the_number_of_recipients_as_quantity()
    {
        var response = await Handle(Command(Application("a@acme.example"), Application("b@acme.example"), Application("c@acme.example")));

        var entry = systemLog.Entries.Single();
        Assert.Multiple(() =>
        {
            Assert.That(entry.Action, Is.EqualTo(SystemLogActions.BulkApply));
            Assert.That(entry.UserId, Is.EqualTo(ana.Id));
            Assert.That(entry.Quantity, Is.EqualTo(3));
            Assert.That(JsonDocument.Parse(entry.Metadata).RootElement.GetProperty("bulkApplyId").GetGuid(), Is.EqualTo(response.Id));
        });
    }

    [Test]
    public void More_recipients_than_the_plan_allows_are_refused_with_max_bulk_apply_recipients_and_nothing_is_queued()
    {
        var six = Enumerable.Range(0, 6).Select(i => Application($"r{i}@acme.example")).ToArray();

        var error = Assert.ThrowsAsync<PlanLimitExceededException>(() => Handle(Command(six)));

        Assert.Multiple(() =>
        {
            Assert.That(error.Check, Is.EqualTo(new PlanLimitCheck(false, PlanLimitNames.MaxBulkApplyRecipients, 5, 6)));
            AssertNothingQueued();
        });
    }

    [Test]
    public async Task Exactly_the_plans_recipient_limit_is_allowed()
    {
        var five = Enumerable.Range(0, 5).Select(i => Application($"r{i}@acme.example")).ToArray();

        var response = await Handle(Command(five));

        Assert.That(response.Applications, Has.Count.EqualTo(5));
    }

    [Test]
    public void A_free_user_who_bulk_applied_today_is_refused_with_daily_bulk_applies_limit_one_usage_one()
    {
        usage.Usage = PlanUsage.None with { BulkAppliesToday = 1 };

        var error = Assert.ThrowsAsync<PlanLimitExceededException>(() => Handle(Command(Application("a@acme.example"))));

        Assert.Multiple(() =>
        {
            Assert.That(error.Check, Is.EqualTo(new PlanLimitCheck(false, PlanLimitNames.DailyBulkApplies, 1, 1)));
            AssertNothingQueued();
        });
    }

    [Test]
    public async Task A_pro_user_has_a_higher_recipient_limit()
    {
        ana.MoveToPlan(PlanCodes.Pro);
        var twentyFive = Enumerable.Range(0, 25).Select(i => Application($"r{i}@acme.example")).ToArray();

        var response = await Handle(Command(twentyFive));

        Assert.That(response.Applications, Has.Count.EqualTo(25));
    }

    [Test]
    public void Another_users_resume_is_not_found()
    {
        var theirs = TestResumes.For(Guid.NewGuid());
        resumes.Seed(theirs);

        var error = Assert.ThrowsAsync<NotFoundException>(() => Handle(new CreateBulkApplyCommand(theirs.Id, [Application("a@acme.example")])));

        Assert.Multiple(() =>
        {
            Assert.That(error.Resource, Is.EqualTo("Resume"));
            AssertNothingQueued();
        });
    }

    [Test]
    public async Task Everything_happens_in_one_transaction_after_the_users_row_lock()
    {
        await Handle(Command(Application("a@acme.example")));

        Assert.Multiple(() =>
        {
            Assert.That(unitOfWork.TransactionCount, Is.EqualTo(1));
            Assert.That(users.Locks, Is.EqualTo(new[] { (ana.Id, true) }));
            Assert.That(outbox.EnqueuedInTransaction, Is.All.True);
            Assert.That(systemLog.AddedInTransaction, Is.EqualTo(new[] { true }));
            Assert.That(unitOfWork.SavesInTransaction, Is.EqualTo(1).And.EqualTo(unitOfWork.SaveCount));
        });
    }

    private static BulkApplicationRequest Application(string email) => new("Acme", "Backend Engineer", email, "Hello!");

    private void AssertNothingQueued()
    {
        Assert.That(bulkApplies.Added, Is.Empty);
        Assert.That(emailJobs.Added, Is.Empty);
        Assert.That(exports.Added, Is.Empty);
        Assert.That(outbox.Messages, Is.Empty);
        Assert.That(systemLog.Entries, Is.Empty);
        Assert.That(unitOfWork.SaveCount, Is.Zero);
    }

    private CreateBulkApplyCommand Command(params BulkApplicationRequest[] applications) => new(resume.Id, applications);

    private async Task<BulkApplyResponse> Handle(CreateBulkApplyCommand command) =>
        await new CreateBulkApplyCommandHandler(
                currentUser, TestPlans.Snapshots(users, usage), resumes, exports, bulkApplies, emailJobs, systemLog, outbox, unitOfWork,
                TestClock.At(Now))
            .Handle(command, CancellationToken.None);
}
