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

    private readonly HandlerFixture fakes = new();
    private User ana = null!;
    private Resume resume = null!;

    [SetUp]
    public void SetUp()
    {
        fakes.ProbeWritesAgainstTheUserLock();
        ana = fakes.SignIn();
        resume = fakes.ResumeOf(ana);
    }

    [Test]
    public async Task Queues_one_email_per_application_attaching_the_resumes_latest_completed_pdf()
    {
        var pdf = TestExports.Completed(ana.Id, resume.Id, requestedAt: Now.AddHours(-2));
        fakes.Exports.Seed(pdf);

        var response = await Handle(Command(Application("a@acme.example"), Application("b@globex.example")));

        var bulkApply = fakes.BulkApplies.Added.Single();
        Assert.Multiple(() =>
        {
            Assert.That(response.Id, Is.EqualTo(bulkApply.Id));
            Assert.That(response.ExportId, Is.EqualTo(pdf.Id));
            Assert.That(fakes.Exports.Added, Is.Empty, "the completed PDF is reused");
            Assert.That(fakes.EmailJobs.Added.Select(j => j.Recipient), Is.EqualTo(new[] { "a@acme.example", "b@globex.example" }));
            Assert.That(fakes.EmailJobs.Added.Select(j => j.Reason), Is.All.EqualTo(EmailReason.BulkApply));
            Assert.That(fakes.EmailJobs.Added.Select(j => j.ExportId), Is.All.EqualTo(pdf.Id));
            Assert.That(response.Applications.Select(a => a.EmailJobId), Is.EqualTo(fakes.EmailJobs.Added.Select(j => j.Id)));
            Assert.That(response.Applications.Select(a => a.Status), Is.All.EqualTo("queued"));
            Assert.That(fakes.Outbox.Messages, Is.EqualTo(fakes.EmailJobs.Added.Select(j => new SendBulkApplication(j.Id, bulkApply.Id, ana.Id))));
            Assert.That(fakes.UnitOfWork.SaveCount, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Without_a_reusable_pdf_a_download_export_is_queued_and_the_mails_wait_for_it()
    {
        var response = await Handle(Command(Application("a@acme.example")));

        var export = fakes.Exports.Added.Single();
        Assert.Multiple(() =>
        {
            Assert.That(response.ExportId, Is.EqualTo(export.Id));
            Assert.That(export.Delivery, Is.EqualTo(ExportDelivery.Download));
            Assert.That(export.Status, Is.EqualTo(ExportStatus.Queued));
            Assert.That(export.IdempotencyKey, Is.Null);
            Assert.That(fakes.Outbox.Messages[0], Is.EqualTo(new RenderExportPdf(export.Id, ana.Id, Now)));
            Assert.That(fakes.Outbox.Messages, Has.Count.EqualTo(1), "the PDF worker sends the mails when the PDF completes");
            Assert.That(fakes.EmailJobs.Added.Single().Status, Is.EqualTo(EmailJobStatus.Queued));
        });
    }

    [Test]
    public async Task A_pdf_expiring_within_the_hour_is_not_reused()
    {
        var expiring = TestExports.Completed(ana.Id, resume.Id, requestedAt: Now.AddDays(-7).AddMinutes(10), retentionDays: 7);
        fakes.Exports.Seed(expiring);

        var response = await Handle(Command(Application("a@acme.example")));

        Assert.Multiple(() =>
        {
            Assert.That(expiring.ExpiresAt, Is.LessThan(Now.AddHours(1)));
            Assert.That(response.ExportId, Is.Not.EqualTo(expiring.Id));
            Assert.That(fakes.Exports.Added, Has.Count.EqualTo(1));
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

        var entry = fakes.SystemLog.Entries.Single();
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
        fakes.Usage.Usage = PlanUsage.None with { BulkAppliesToday = 1 };

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
        fakes.Resumes.Seed(theirs);

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
            Assert.That(fakes.UnitOfWork.TransactionCount, Is.EqualTo(1));
            Assert.That(fakes.Users.Locks, Is.EqualTo(new[] { (ana.Id, true) }));
            Assert.That(fakes.Outbox.EnqueuedInTransaction, Is.All.True);
            Assert.That(fakes.SystemLog.AddedInTransaction, Is.EqualTo(new[] { true }));
            Assert.That(fakes.UnitOfWork.SavesInTransaction, Is.EqualTo(1).And.EqualTo(fakes.UnitOfWork.SaveCount));
        });
    }

    [Test]
    public async Task A_bulk_apply_naming_markdown_reuses_only_a_markdown_export_and_otherwise_queues_one()
    {
        ana.MoveToPlan(PlanCodes.Pro);
        fakes.Exports.Seed(TestExports.Completed(ana.Id, resume.Id, requestedAt: Now.AddHours(-2)));

        var response = await Handle(Command(Application("a@acme.example")) with { Format = ExportFormats.Markdown });

        var export = fakes.Exports.Added.Single();
        Assert.Multiple(() =>
        {
            Assert.That(response.ExportId, Is.EqualTo(export.Id), "the completed PDF is not a Markdown file");
            Assert.That(export.Format, Is.EqualTo(ExportFormats.Markdown));
            Assert.That(fakes.Outbox.Messages, Is.EqualTo(new object[] { new RenderExportDocument(export.Id, ana.Id, Now, ExportFormats.Markdown) }));
        });
    }

    [Test]
    public async Task A_completed_pdf_of_an_older_version_is_not_reused_and_a_pdf_of_the_current_version_is_rendered()
    {
        var old = TestExports.Completed(ana.Id, resume.Id, requestedAt: Now.AddHours(-2));
        fakes.Exports.Seed(old);
        resume.Update("Edited since", "classic", TestResumes.Sections, Now.AddHours(-1));

        var response = await Handle(Command(Application("a@acme.example")));

        var rendered = fakes.Exports.Added.Single();
        Assert.Multiple(() =>
        {
            Assert.That(response.ExportId, Is.EqualTo(rendered.Id).And.Not.EqualTo(old.Id));
            Assert.That(rendered.ResumeVersion, Is.EqualTo(2));
        });
    }

    [Test]
    public async Task A_bulk_apply_naming_text_reuses_the_latest_completed_text_export()
    {
        var text = TestExports.Completed(ana.Id, resume.Id, requestedAt: Now.AddHours(-2), format: ExportFormats.Text);
        fakes.Exports.Seed(text);

        var response = await Handle(Command(Application("a@acme.example")) with { Format = ExportFormats.Text });

        Assert.Multiple(() =>
        {
            Assert.That(response.ExportId, Is.EqualTo(text.Id));
            Assert.That(fakes.Exports.Added, Is.Empty);
        });
    }

    [Test]
    public void A_free_user_naming_docx_is_refused_with_the_export_formats_feature()
    {
        var error = Assert.ThrowsAsync<PlanLimitExceededException>(() => Handle(Command(Application("a@acme.example")) with { Format = ExportFormats.Docx }));

        Assert.That(error.Check.LimitName, Is.EqualTo(PlanLimitNames.ExportFormats));
        AssertNothingQueued();
    }

    private static BulkApplicationRequest Application(string email) => new("Acme", "Backend Engineer", email, "Hello!");

    private void AssertNothingQueued()
    {
        Assert.That(fakes.BulkApplies.Added, Is.Empty);
        Assert.That(fakes.EmailJobs.Added, Is.Empty);
        Assert.That(fakes.Exports.Added, Is.Empty);
        Assert.That(fakes.Outbox.Messages, Is.Empty);
        Assert.That(fakes.SystemLog.Entries, Is.Empty);
        Assert.That(fakes.UnitOfWork.SaveCount, Is.Zero);
    }

    private CreateBulkApplyCommand Command(params BulkApplicationRequest[] applications) => new(resume.Id, applications);

    private async Task<BulkApplyResponse> Handle(CreateBulkApplyCommand command) =>
        await new CreateBulkApplyCommandHandler(
                fakes.CurrentUser, fakes.Plans, fakes.Resumes, fakes.Exports, fakes.BulkApplies, fakes.EmailJobs, fakes.SystemLog, fakes.Outbox, fakes.UnitOfWork,
                TestClock.At(Now), fakes.Backlog)
            .Handle(command, CancellationToken.None);
}
