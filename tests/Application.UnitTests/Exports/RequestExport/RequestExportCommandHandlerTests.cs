using System.Text.Json;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Exports.RequestExport;
using ResumeExport.Application.UnitTests.Fakes;
using ResumeExport.Contracts;
using ResumeExport.Domain.Exports;
using ResumeExport.Domain.Plans;
using ResumeExport.Domain.Resumes;
using ResumeExport.Domain.SystemLogs;
using ResumeExport.Domain.Users;

namespace ResumeExport.Application.UnitTests.Exports.RequestExport;

/// <remarks>One instance per test: the fakes in the fields hold state.</remarks>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class RequestExportCommandHandlerTests
{
    private const long MiB = 1024L * 1024L;
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
    public async Task The_export_pins_the_resumes_latest_version_when_requested()
    {
        resume.Update("Edited", "classic", TestResumes.Sections, Now.AddMinutes(-1));

        var result = await Handle(Command());

        Assert.Multiple(() =>
        {
            Assert.That(fakes.Exports.Added.Single().ResumeVersion, Is.EqualTo(2));
            Assert.That(result.Export.ResumeVersion, Is.EqualTo(2));
            Assert.That(result.Export.Sha256, Is.Null, "no file yet");
        });
    }

    [Test]
    public async Task Queues_an_export_of_the_users_resume_and_answers_created()
    {
        ana.MoveToPlan(PlanCodes.Pro);

        var result = await Handle(Command() with { PageSize = "letter" });

        var export = fakes.Exports.Added.Single();
        Assert.Multiple(() =>
        {
            Assert.That(result.Created, Is.True);
            Assert.That(result.Export.Id, Is.EqualTo(export.Id));
            Assert.That(result.Export.Status, Is.EqualTo("queued"));
            Assert.That(result.Export.PageSize, Is.EqualTo("letter"));
            Assert.That(result.Export.Delivery, Is.EqualTo("download"));
            Assert.That(result.Export.RequestedAt, Is.EqualTo(Now));
            Assert.That(export.UserId, Is.EqualTo(ana.Id));
            Assert.That(export.ResumeId, Is.EqualTo(resume.Id));
            Assert.That(export.IdempotencyKey, Is.EqualTo("key-1"));
            Assert.That(fakes.UnitOfWork.SaveCount, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Legal_paper_is_queued_and_answered_as_legal()
    {
        ana.MoveToPlan(PlanCodes.Pro);

        var result = await Handle(Command() with { PageSize = "legal" });

        Assert.Multiple(() =>
        {
            Assert.That(fakes.Exports.Added.Single().PageSize, Is.EqualTo(PageSize.Legal));
            Assert.That(result.Export.PageSize, Is.EqualTo("legal"));
        });
    }

    [Test]
    public async Task The_same_key_for_the_same_resume_returns_the_earlier_export_without_queuing_another()
    {
        // The free plan delivers by e-mail, so that is what the first identical request made.
        var earlier = TestExports.Queued(ana.Id, resume.Id, ExportDelivery.Email, idempotencyKey: "key-1");
        fakes.Exports.Seed(earlier);

        var result = await Handle(Command());

        Assert.Multiple(() =>
        {
            Assert.That(result.Created, Is.False);
            Assert.That(result.Export.Id, Is.EqualTo(earlier.Id));
            Assert.That(fakes.Exports.Added, Is.Empty);
            Assert.That(fakes.Outbox.Messages, Is.Empty);
            Assert.That(fakes.SystemLog.Entries, Is.Empty);
            Assert.That(fakes.UnitOfWork.SaveCount, Is.Zero);
        });
    }

    [Test]
    public void The_same_key_for_another_resume_is_a_conflict_with_code_idempotency_key_reused()
    {
        var other = TestResumes.For(ana.Id, title: "Other");
        fakes.Resumes.Seed(other);
        fakes.Exports.Seed(TestExports.Queued(ana.Id, other.Id, idempotencyKey: "key-1"));

        var error = Assert.ThrowsAsync<ConflictException>(() => Handle(Command()));

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo("idempotency_key_reused"));
            Assert.That(fakes.Exports.Added, Is.Empty);
            Assert.That(fakes.Outbox.Messages, Is.Empty);
        });
    }

    [TestCase("letter", null, "pageSize")]
    [TestCase(null, "download", "delivery")]
    public void The_same_key_with_another_page_size_or_delivery_is_a_conflict_naming_what_differs(string? pageSize, string? delivery, string differs)
    {
        ana.MoveToPlan(PlanCodes.Pro);
        fakes.Exports.Seed(TestExports.Queued(ana.Id, resume.Id, ExportDelivery.Email, idempotencyKey: "key-1"));

        var error = Assert.ThrowsAsync<ConflictException>(() => Handle(Command() with { PageSize = pageSize, Delivery = delivery ?? "email" }));

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo("idempotency_key_reused"));
            Assert.That(error.Message, Does.Contain(differs));
            Assert.That(fakes.Exports.Added, Is.Empty);
            Assert.That(fakes.Outbox.Messages, Is.Empty);
        });
    }

    [Test]
    public async Task Another_users_export_with_the_same_key_does_not_count_as_a_repeat()
    {
        fakes.Exports.Seed(TestExports.Queued(Guid.NewGuid(), resume.Id, idempotencyKey: "key-1"));

        var result = await Handle(Command());

        Assert.Multiple(() =>
        {
            Assert.That(result.Created, Is.True);
            Assert.That(fakes.Exports.Added, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public void Another_users_resume_is_not_found()
    {
        var theirs = TestResumes.For(Guid.NewGuid());
        fakes.Resumes.Seed(theirs);

        var error = Assert.ThrowsAsync<NotFoundException>(() => Handle(Command() with { ResumeId = theirs.Id }));

        Assert.Multiple(() =>
        {
            Assert.That(error.Resource, Is.EqualTo("Resume"));
            Assert.That(fakes.Exports.Added, Is.Empty);
            Assert.That(fakes.Outbox.Messages, Is.Empty);
        });
    }

    [Test]
    public void A_free_user_with_three_exports_today_is_refused_with_daily_exports_limit_three_usage_three()
    {
        fakes.Usage.Usage = PlanUsage.None with { ExportsToday = 3 };

        var error = Assert.ThrowsAsync<PlanLimitExceededException>(() => Handle(Command()));

        Assert.Multiple(() =>
        {
            Assert.That(error.Check, Is.EqualTo(new PlanLimitCheck(false, PlanLimitNames.DailyExports, 3, 3)));
            Assert.That(fakes.Exports.Added, Is.Empty);
            Assert.That(fakes.Outbox.Messages, Is.Empty);
            Assert.That(fakes.SystemLog.Entries, Is.Empty);
            Assert.That(fakes.UnitOfWork.SaveCount, Is.Zero);
        });
    }

    [Test]
    public async Task A_free_user_with_two_exports_today_may_queue_a_third()
    {
        fakes.Usage.Usage = PlanUsage.None with { ExportsToday = 2 };

        var result = await Handle(Command());

        Assert.That(result.Created, Is.True);
    }

    [Test]
    public void A_user_who_used_up_todays_upload_bytes_is_refused_with_daily_upload_bytes()
    {
        fakes.Usage.Usage = PlanUsage.None with { UploadBytesToday = 5 * MiB };

        var error = Assert.ThrowsAsync<PlanLimitExceededException>(() => Handle(Command()));

        Assert.That(error.Check, Is.EqualTo(new PlanLimitCheck(false, PlanLimitNames.DailyUploadBytes, 5 * MiB, 5 * MiB)));
    }

    [TestCase("download")]
    [TestCase("email")]
    [TestCase(null)]
    public async Task A_free_plans_export_is_delivered_by_email_whatever_was_asked(string? delivery)
    {
        var result = await Handle(Command() with { Delivery = delivery });

        Assert.Multiple(() =>
        {
            Assert.That(result.Export.Delivery, Is.EqualTo("email"));
            Assert.That(fakes.Exports.Added.Single().Delivery, Is.EqualTo(ExportDelivery.Email));
        });
    }

    [TestCase("download", ExportDelivery.Download)]
    [TestCase(null, ExportDelivery.Download)]
    [TestCase("email", ExportDelivery.Email)]
    public async Task A_pro_plans_export_is_delivered_as_asked_defaulting_to_download(string? delivery, ExportDelivery expected)
    {
        ana.MoveToPlan(PlanCodes.Pro);

        await Handle(Command() with { Delivery = delivery });

        Assert.That(fakes.Exports.Added.Single().Delivery, Is.EqualTo(expected));
    }

    [Test]
    public async Task The_page_size_defaults_to_a4()
    {
        await Handle(Command() with { PageSize = null });

        Assert.That(fakes.Exports.Added.Single().PageSize, Is.EqualTo(PageSize.A4));
    }

    [Test]
    public async Task Queues_a_render_message_and_logs_export_requested_with_quantity_one()
    {
        var result = await Handle(Command());

        var entry = fakes.SystemLog.Entries.Single();
        Assert.Multiple(() =>
        {
            Assert.That(fakes.Outbox.Messages, Is.EqualTo(new object[] { new RenderExportPdf(result.Export.Id, ana.Id, Now) }));
            Assert.That(entry.Action, Is.EqualTo(SystemLogActions.ExportRequested));
            Assert.That(entry.UserId, Is.EqualTo(ana.Id));
            Assert.That(entry.Quantity, Is.EqualTo(1));
            Assert.That(entry.CreatedAt, Is.EqualTo(Now));
            Assert.That(JsonDocument.Parse(entry.Metadata).RootElement.GetProperty("exportId").GetGuid(), Is.EqualTo(result.Export.Id));
        });
    }

    [Test]
    public async Task Everything_happens_in_one_transaction_after_the_users_row_lock()
    {
        await Handle(Command());

        Assert.Multiple(() =>
        {
            Assert.That(fakes.UnitOfWork.TransactionCount, Is.EqualTo(1));
            Assert.That(fakes.Users.Locks, Is.EqualTo(new[] { (ana.Id, true) }));
            Assert.That(fakes.Exports.AddedInTransaction, Is.EqualTo(new[] { true }));
            Assert.That(fakes.Outbox.EnqueuedInTransaction, Is.EqualTo(new[] { true }));
            Assert.That(fakes.SystemLog.AddedInTransaction, Is.EqualTo(new[] { true }));
            Assert.That(fakes.UnitOfWork.SavesInTransaction, Is.EqualTo(1).And.EqualTo(fakes.UnitOfWork.SaveCount));
            Assert.That(fakes.Usage.AskedAt, Is.EqualTo(new[] { Now }));
        });
    }

    [Test]
    public void A_signed_in_user_who_no_longer_exists_is_not_found()
    {
        fakes.CurrentUser.UserId = Guid.NewGuid();

        var error = Assert.ThrowsAsync<NotFoundException>(() => Handle(Command()));

        Assert.Multiple(() =>
        {
            Assert.That(error.Resource, Is.EqualTo("User"));
            Assert.That(fakes.Exports.Added, Is.Empty);
        });
    }

    [TestCase(ExportFormats.Docx)]
    [TestCase(ExportFormats.Markdown)]
    [TestCase(ExportFormats.Text)]
    public async Task A_document_export_is_queued_as_render_export_document_with_its_format(string format)
    {
        ana.MoveToPlan(PlanCodes.Pro);

        var result = await Handle(Command() with { Format = format });

        var export = fakes.Exports.Added.Single();
        Assert.Multiple(() =>
        {
            Assert.That(export.Format, Is.EqualTo(format));
            Assert.That(result.Export.Format, Is.EqualTo(format));
            Assert.That(fakes.Outbox.Messages, Is.EqualTo(new object[] { new RenderExportDocument(export.Id, ana.Id, Now, format) }));
        });
    }

    [TestCase(ExportFormats.Pdf)]
    [TestCase(ExportFormats.Markdown)]
    [TestCase(ExportFormats.Text)]
    public async Task A_free_user_may_export_pdf_markdown_and_text(string format)
    {
        var result = await Handle(Command() with { Format = format });

        Assert.That(result.Created, Is.True);
    }

    [Test]
    public void A_free_user_asking_for_docx_is_refused_with_the_export_formats_feature_and_nothing_is_queued()
    {
        var error = Assert.ThrowsAsync<PlanLimitExceededException>(() => Handle(Command() with { Format = ExportFormats.Docx }));

        Assert.Multiple(() =>
        {
            Assert.That(error.Check, Is.EqualTo(PlanLimitCheck.Exceeded(PlanLimitNames.ExportFormats, 0, 1)));
            Assert.That(PlanLimitNames.KindOf(error.Check.LimitName), Is.EqualTo(PlanLimitKind.Feature));
            Assert.That(fakes.Exports.Added, Is.Empty);
            Assert.That(fakes.Outbox.Messages, Is.Empty);
        });
    }

    [Test]
    public void The_same_key_with_another_format_is_a_conflict_naming_format()
    {
        ana.MoveToPlan(PlanCodes.Pro);
        fakes.Exports.Seed(TestExports.Queued(ana.Id, resume.Id, idempotencyKey: "key-1"));

        var error = Assert.ThrowsAsync<ConflictException>(() => Handle(Command() with { Format = ExportFormats.Markdown }));

        Assert.That(error.Message, Does.Contain("(other format)"));
    }

    [Test]
    public void A_full_render_queue_refuses_a_new_export_with_render_queue_full_and_queues_nothing()
    {
        ana.MoveToPlan(PlanCodes.Pro);
        fakes.BacklogOptions.MaxUnfinishedExports = 1;
        fakes.Exports.Seed(TestExports.Queued(ana.Id, resume.Id));

        var error = Assert.ThrowsAsync<ServiceBusyException>(() => Handle(Command() with { IdempotencyKey = "new-key" }));

        Assert.That(error.Code, Is.EqualTo(ServiceBusyException.RenderQueueFull));
        Assert.That(error.RetryAfter, Is.EqualTo(fakes.BacklogOptions.RetryAfter));
        Assert.That(fakes.Exports.Added, Is.Empty);
        Assert.That(fakes.Outbox.Messages, Is.Empty);
    }

    [Test]
    public async Task A_replay_of_an_accepted_key_answers_the_first_export_even_when_the_queue_is_full()
    {
        ana.MoveToPlan(PlanCodes.Pro);
        fakes.BacklogOptions.MaxUnfinishedExports = 1;
        var earlier = TestExports.Queued(ana.Id, resume.Id, idempotencyKey: "key-1");
        fakes.Exports.Seed(earlier);

        var result = await Handle(Command());

        Assert.That(result.Created, Is.False);
        Assert.That(result.Export.Id, Is.EqualTo(earlier.Id));
    }

    private RequestExportCommand Command() => new(resume.Id, "pdf", Delivery: null, PageSize: null, IdempotencyKey: "key-1");

    private async Task<RequestExportResult> Handle(RequestExportCommand command) =>
        await new RequestExportCommandHandler(
                fakes.CurrentUser, fakes.Plans, fakes.Resumes, fakes.Exports, fakes.SystemLog, fakes.Outbox, fakes.UnitOfWork, TestClock.At(Now), fakes.Backlog)
            .Handle(command, CancellationToken.None);
}
