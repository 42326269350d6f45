using ResumeExport.Application.BulkApplies.CreateBulkApply;

namespace ResumeExport.Application.UnitTests.BulkApplies.CreateBulkApply;

public sealed class CreateBulkApplyCommandValidatorTests
{
    private readonly CreateBulkApplyCommandValidator validator = new();

    [Test]
    public void Accepts_a_bulk_apply_with_distinct_valid_recipients() =>
        Assert.That(Errors(Command(Application("a@acme.example"), Application("b@acme.example"))), Is.Empty);

    [TestCase(null)]
    [TestCase("pdf")]
    [TestCase("docx")]
    [TestCase("markdown")]
    [TestCase("text")]
    public void Accepts_every_export_format_or_none(string? format) =>
        Assert.That(Errors(Command(Application("a@acme.example")) with { Format = format }), Is.Empty);

    [TestCase("odt")]
    [TestCase("PDF")]
    [TestCase("")]
    public void Rejects_an_unknown_format_naming_format(string format) =>
        Assert.That(Errors(Command(Application("a@acme.example")) with { Format = format }), Is.EqualTo(new[] { "Format" }));

    [TestCase("a5")]
    [TestCase("A4")]
    [TestCase("")]
    public void Rejects_an_unknown_page_size_naming_page_size(string pageSize) =>
        Assert.That(Errors(Command(Application("a@acme.example")) with { PageSize = pageSize }), Is.EqualTo(new[] { "PageSize" }));

    [Test]
    public void Rejects_a_duplicate_recipient_case_insensitively_naming_the_repeat() =>
        Assert.That(Errors(Command(Application("hr@acme.example"), Application("HR@ACME.example"))), Is.EqualTo(new[] { "Applications[1].RecipientEmail" }));

    [Test]
    public void Names_every_repeat_of_a_recipient_but_not_its_first_use() =>
        Assert.That(
            Errors(Command(Application("hr@acme.example"), Application("ops@acme.example"), Application("Hr@Acme.Example"), Application("hr@acme.example"))),
            Is.EqualTo(new[] { "Applications[2].RecipientEmail", "Applications[3].RecipientEmail" }));

    [Test]
    public void Rejects_an_invalid_recipient_email() =>
        Assert.That(Errors(Command(Application("not-an-email"))), Is.EqualTo(new[] { "Applications[0].RecipientEmail" }));

    [Test]
    public void Requires_company_and_position_within_120_characters() =>
        Assert.That(
            Errors(Command(new BulkApplicationRequest("", new string('p', 121), "a@acme.example", null))),
            Is.EquivalentTo(new[] { "Applications[0].Company", "Applications[0].Position" }));

    [Test]
    public void Rejects_a_message_over_5000_characters() =>
        Assert.That(Errors(Command(Application("a@acme.example") with { Message = new string('m', 5001) })), Is.EqualTo(new[] { "Applications[0].Message" }));

    [Test]
    public void Requires_between_one_and_fifty_applications()
    {
        Assert.That(Errors(Command()), Is.EqualTo(new[] { "Applications" }));
        Assert.That(
            Errors(Command([.. Enumerable.Range(0, 51).Select(i => Application($"r{i}@acme.example"))])),
            Is.EqualTo(new[] { "Applications" }));
    }

    [Test]
    public void Requires_a_resume_id() =>
        Assert.That(Errors(new CreateBulkApplyCommand(Guid.Empty, [Application("a@acme.example")])), Is.EqualTo(new[] { "ResumeId" }));

    [Test]
    public void Reports_a_missing_applications_list_without_throwing() =>
        Assert.That(Errors(new CreateBulkApplyCommand(Guid.NewGuid(), null!)), Is.EqualTo(new[] { "Applications" }));

    private static BulkApplicationRequest Application(string email) => new("Acme", "Backend Engineer", email, "Hello!");

    private static CreateBulkApplyCommand Command(params BulkApplicationRequest[] applications) => new(Guid.NewGuid(), applications);

    private string[] Errors(CreateBulkApplyCommand command) =>
        [.. validator.Validate(command).Errors.Select(e => e.PropertyName).Distinct()];
}
