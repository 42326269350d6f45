using ResumeExport.Contracts;

namespace ResumeExport.Application.UnitTests.Contracts;

public sealed class SendExportEmailValidatorTests
{
    private readonly SendExportEmailValidator validator = new();

    [Test]
    public void Accepts_a_message_with_every_id() =>
        Assert.That(validator.Validate(new SendExportEmail(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid())).Errors, Is.Empty);

    [Test]
    public void Rejects_an_empty_email_job_id() =>
        Assert.That(FailedProperties(new SendExportEmail(Guid.Empty, Guid.NewGuid(), Guid.NewGuid())), Is.EqualTo(new[] { "EmailJobId" }));

    [Test]
    public void Rejects_an_empty_export_id() =>
        Assert.That(FailedProperties(new SendExportEmail(Guid.NewGuid(), Guid.Empty, Guid.NewGuid())), Is.EqualTo(new[] { "ExportId" }));

    [Test]
    public void Rejects_an_empty_user_id() =>
        Assert.That(FailedProperties(new SendExportEmail(Guid.NewGuid(), Guid.NewGuid(), Guid.Empty)), Is.EqualTo(new[] { "UserId" }));

    [Test]
    public void Reports_every_empty_id_at_once() =>
        Assert.That(FailedProperties(new SendExportEmail(Guid.Empty, Guid.Empty, Guid.Empty)), Is.EquivalentTo(new[] { "EmailJobId", "ExportId", "UserId" }));

    private string[] FailedProperties(SendExportEmail message) =>
        [.. validator.Validate(message).Errors.Select(e => e.PropertyName).Distinct()];
}
