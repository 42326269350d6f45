using Microsoft.Extensions.Options;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Exports.Common;
using ResumeExport.Application.Exports.RetryExport;
using ResumeExport.Application.Requeue;
using ResumeExport.Application.UnitTests.Fakes;
using ResumeExport.Contracts;
using ResumeExport.Domain.Exports;

namespace ResumeExport.Application.UnitTests.Exports.RetryExport;

/// <remarks>The rules themselves are <c>RequeuePolicy</c>'s (its own tests); these check the handler maps each answer.</remarks>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class RetryExportCommandHandlerTests
{
    private const int Max = 2;

    private readonly Guid ownerId = Guid.NewGuid();
    private readonly InMemoryExportRepository exports = new();
    private readonly RecordingMessageOutbox outbox = new();
    private readonly CountingUnitOfWork unitOfWork = new();
    private readonly FakeCurrentUser currentUser = new();

    [SetUp]
    public void SetUp() => currentUser.UserId = ownerId;

    [Test]
    public async Task A_retryable_failed_export_is_queued_again_with_its_render_message_in_one_save()
    {
        var export = Seed(TestExports.Failed(ownerId, Guid.NewGuid()));

        var response = await Handle(export.Id);

        Assert.Multiple(() =>
        {
            Assert.That(export.Status, Is.EqualTo(ExportStatus.Queued));
            Assert.That(export.Retries, Is.EqualTo(1));
            Assert.That(response.Id, Is.EqualTo(export.Id));
            Assert.That(outbox.Messages, Is.EqualTo(new object[] { new RenderExportPdf(export.Id, ownerId, TestClock.Now) }));
            Assert.That(unitOfWork.SaveCount, Is.EqualTo(1));
        });
    }

    [TestCase(ExportFormats.Docx)]
    [TestCase(ExportFormats.Markdown)]
    [TestCase(ExportFormats.Text)]
    public async Task A_failed_document_export_is_queued_again_as_render_export_document_with_its_format(string format)
    {
        var export = Seed(TestExports.Failed(ownerId, Guid.NewGuid(), format: format));

        await Handle(export.Id);

        Assert.That(outbox.Messages, Is.EqualTo(new object[] { new RenderExportDocument(export.Id, ownerId, TestClock.Now, format) }));
    }

    [Test]
    public void A_completed_export_is_refused_as_not_failed() =>
        AssertRefused(Seed(TestExports.Completed(ownerId, Guid.NewGuid())), ConflictCodes.ExportNotFailed);

    [Test]
    public void An_export_over_the_upload_allowance_is_refused_as_not_retryable()
    {
        var export = TestExports.Processing(ownerId, Guid.NewGuid());
        export.Fail(ExportErrorCodes.UploadLimitExceeded, "Too big.", TestClock.Now);

        AssertRefused(Seed(export), ConflictCodes.NotRetryable);
    }

    [Test]
    public async Task An_export_retried_as_often_as_allowed_is_refused_at_the_cap()
    {
        var export = Seed(TestExports.Failed(ownerId, Guid.NewGuid()));
        for (var retry = 0; retry < Max; retry++)
        {
            await Handle(export.Id);
            export.StartAttempt();
            export.Fail(ExportErrorCodes.RenderFailed, "Chromium crashed again.", TestClock.Now);
        }

        AssertRefused(export, ConflictCodes.RetryCapReached);
    }

    [Test]
    public void Someone_elses_export_is_not_found() =>
        Assert.ThrowsAsync<NotFoundException>(() => Handle(Seed(TestExports.Failed(Guid.NewGuid(), Guid.NewGuid())).Id));

    private void AssertRefused(Export export, string code)
    {
        var thrown = Assert.ThrowsAsync<ConflictException>(() => Handle(export.Id));

        Assert.Multiple(() =>
        {
            Assert.That(thrown!.Code, Is.EqualTo(code));
            Assert.That(outbox.Messages.OfType<RenderExportPdf>().Count(m => m.ExportId == export.Id), Is.EqualTo(export.Retries), "no message for the refusal");
        });
    }

    private Export Seed(Export export)
    {
        exports.Seed(export);
        return export;
    }

    private Task<ExportResponse> Handle(Guid exportId) =>
        new RetryExportCommandHandler(currentUser, exports, outbox, unitOfWork, Options.Create(new RequeueOptions { MaxRetriesPerItem = Max }), TestClock.At())
            .Handle(new RetryExportCommand(exportId), CancellationToken.None).AsTask();
}
