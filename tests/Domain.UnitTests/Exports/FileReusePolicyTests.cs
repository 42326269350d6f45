using ResumeExport.Domain.Common;
using ResumeExport.Domain.Exports;
using ResumeExport.Domain.Plans;

namespace ResumeExport.Domain.UnitTests.Exports;

public sealed class FileReusePolicyTests
{
    private const string RenderKey = "1111111111111111111111111111111111111111111111111111111111111111";
    private const string Driver = "local";
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 30, 0, TimeSpan.Zero);
    private static readonly Guid UserId = Guid.NewGuid();
    private static readonly Guid ResumeId = Guid.NewGuid();

    [Test]
    public void A_live_completed_export_of_the_same_render_lends_its_file() =>
        Assert.That(FileReusePolicy.Decide(Rendering(), RenderKey, Rendered(), Driver, Now), Is.EqualTo(FileReuseDecision.Reuse));

    [Test]
    public void Without_a_candidate_the_export_renders() =>
        Assert.That(FileReusePolicy.Decide(Rendering(), RenderKey, null, Driver, Now), Is.EqualTo(FileReuseDecision.NoCandidate));

    [Test]
    public void An_export_never_reuses_itself()
    {
        var export = Rendering();
        Assert.That(FileReusePolicy.Decide(export, RenderKey, export, Driver, Now), Is.EqualTo(FileReuseDecision.NoCandidate));
    }

    [Test]
    public void An_export_completed_before_render_keys_lends_nothing() =>
        Assert.That(FileReusePolicy.Decide(Rendering(), RenderKey, Rendered(renderKey: null), Driver, Now), Is.EqualTo(FileReuseDecision.NoFile));

    [Test]
    public void An_expired_export_lends_nothing()
    {
        var expired = Rendered();
        expired.Expire();
        Assert.That(FileReusePolicy.Decide(Rendering(), RenderKey, expired, Driver, Now), Is.EqualTo(FileReuseDecision.NoFile));
    }

    [Test]
    public void Another_render_key_does_not_match() =>
        Assert.That(FileReusePolicy.Decide(Rendering(), RenderKey, Rendered(renderKey: new string('2', 64)), Driver, Now),
            Is.EqualTo(FileReuseDecision.DifferentRender));

    [Test]
    public void Another_users_file_is_never_reused() =>
        Assert.That(FileReusePolicy.Decide(Rendering(), RenderKey, Rendered(userId: Guid.NewGuid()), Driver, Now), Is.EqualTo(FileReuseDecision.DifferentRender));

    [Test]
    public void Another_format_is_never_reused() =>
        Assert.That(FileReusePolicy.Decide(Rendering(ExportFormats.Docx), RenderKey, Rendered(), Driver, Now), Is.EqualTo(FileReuseDecision.DifferentRender));

    [Test]
    public void A_file_of_another_storage_driver_is_not_reused() =>
        Assert.That(FileReusePolicy.Decide(Rendering(), RenderKey, Rendered(), "s3", Now), Is.EqualTo(FileReuseDecision.OtherDriver));

    [Test]
    public void A_file_whose_export_expires_within_the_safety_margin_is_not_reused_as_cleanup_may_be_deleting_it()
    {
        var candidate = Rendered();
        var justInside = candidate.ExpiresAt!.Value - FileReusePolicy.SafetyMargin - TimeSpan.FromSeconds(1);
        var atTheMargin = candidate.ExpiresAt!.Value - FileReusePolicy.SafetyMargin;

        Assert.Multiple(() =>
        {
            Assert.That(FileReusePolicy.Decide(Rendering(), RenderKey, candidate, Driver, justInside), Is.EqualTo(FileReuseDecision.Reuse));
            Assert.That(FileReusePolicy.Decide(Rendering(), RenderKey, candidate, Driver, atTheMargin), Is.EqualTo(FileReuseDecision.ExpiresTooSoon));
        });
    }

    [Test]
    public void A_reusing_export_takes_the_file_hash_and_size_with_its_own_expiry_preview_and_completion_event()
    {
        var source = Rendered();
        var export = Rendering();
        export.StartAttempt();

        export.CompleteWithFileOf(source, RenderKey, Driver, retentionDays: 30, Now, previewStorageKey: "exports/u/new.png");

        Assert.Multiple(() =>
        {
            Assert.That(export.Status, Is.EqualTo(ExportStatus.Completed));
            Assert.That((export.StorageDriver, export.StorageKey, export.SizeBytes, export.FileSha256),
                Is.EqualTo((source.StorageDriver, source.StorageKey, source.SizeBytes, source.FileSha256)));
            Assert.That(export.RenderKey, Is.EqualTo(RenderKey));
            Assert.That(export.ReusedFromExportId, Is.EqualTo(source.Id));
            Assert.That(export.ExpiresAt, Is.EqualTo(Now.AddDays(30)));
            Assert.That(export.PreviewStorageKey, Is.EqualTo("exports/u/new.png"));
            Assert.That(export.DomainEvents, Is.EqualTo(new[] { new ExportCompleted(export.Id, UserId, ExportDelivery.Download, Now) }));
        });
    }

    [Test]
    public void Completing_with_a_file_the_policy_refuses_throws()
    {
        var export = Rendering();
        export.StartAttempt();

        Assert.That(() => export.CompleteWithFileOf(Rendered(), RenderKey, "s3", 7, Now, null),
            Throws.InstanceOf<DomainException>().With.Property(nameof(DomainException.Code)).EqualTo("export_file_not_reusable"));
    }

    private static Export Rendering(string format = ExportFormats.Pdf) =>
        Export.Request(UserId, ResumeId, PageSize.A4, ExportDelivery.Download, null, Now, format, resumeVersion: 1);

    private static Export Rendered(string? renderKey = RenderKey, Guid? userId = null)
    {
        var owner = userId ?? UserId;
        var export = Export.Request(owner, ResumeId, PageSize.A4, ExportDelivery.Download, null, Now.AddDays(-1), ExportFormats.Pdf, resumeVersion: 1);
        export.StartAttempt();
        export.Complete(Driver, $"exports/{owner:N}/{export.Id:N}.pdf", 2048, 7, Now.AddDays(-1), fileSha256: new string('a', 64), renderKey: renderKey);
        return export;
    }
}
