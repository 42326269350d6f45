using System.Buffers.Text;
using System.Text;
using FluentValidation;
using FluentValidation.Results;
using ResumeExport.Application.Billing.ListFailedWebhooks;
using ResumeExport.Application.Common.Paging;
using ResumeExport.Application.Emails.ListFailedEmails;
using ResumeExport.Application.Exports.ListExports;
using ResumeExport.Application.Resumes.ListResumes;

namespace ResumeExport.Application.UnitTests.Common.Paging;

/// <summary>The one paged-list validator, run once per paged query with the wording each query keeps for a bad cursor.</summary>
[TestFixtureSource(nameof(PagedLists))]
public sealed class PagedQueryValidatorTests(IValidator validator, Func<string?, int, object> query, string cursorMessage)
{
    private static readonly object[] PagedLists =
    [
        new TestFixtureData(new PagedQueryValidator<ListResumesQuery>(), Query((c, l) => new ListResumesQuery(c, l)), "'cursor' is not a cursor this API returned.")
            .SetArgDisplayNames(nameof(ListResumesQuery)),
        new TestFixtureData(new PagedQueryValidator<ListExportsQuery>(), Query((c, l) => new ListExportsQuery(c, l)), "'cursor' is not a cursor this API returned.")
            .SetArgDisplayNames(nameof(ListExportsQuery)),
        new TestFixtureData(new PagedQueryValidator<ListFailedEmailsQuery>(), Query((c, l) => new ListFailedEmailsQuery(c, l)), "'cursor' is not a cursor this API returned.")
            .SetArgDisplayNames(nameof(ListFailedEmailsQuery)),
        new TestFixtureData(new PagedQueryValidator<ListFailedWebhooksQuery>(), Query((c, l) => new ListFailedWebhooksQuery(c, l)), "The cursor is not valid.")
            .SetArgDisplayNames(nameof(ListFailedWebhooksQuery)),
    ];

    [TestCase(1)]
    [TestCase(20)]
    [TestCase(100)]
    public void A_limit_from_one_to_a_hundred_is_accepted(int limit) =>
        Assert.That(Validate(null, limit).Errors, Is.Empty);

    [TestCase(0)]
    [TestCase(-1)]
    [TestCase(101)]
    [TestCase(int.MaxValue)]
    public void A_limit_outside_one_to_a_hundred_is_refused_on_limit(int limit) =>
        Assert.That(Validate(null, limit).Errors.Select(e => e.PropertyName), Is.EqualTo(new[] { "Limit" }));

    [TestCase(null)]
    [TestCase("")]
    public void No_cursor_starts_at_the_first_page(string? cursor) =>
        Assert.That(Validate(cursor).Errors, Is.Empty);

    [Test]
    public void A_cursor_this_api_returned_is_accepted() =>
        Assert.That(Validate(CursorCodec.Encode(new PageCursor(DateTimeOffset.UtcNow, Guid.NewGuid()))).Errors, Is.Empty);

    [TestCaseSource(nameof(GarbageCursors))]
    public void A_garbage_cursor_is_refused_on_cursor(string cursor)
    {
        var errors = Validate(cursor).Errors;

        Assert.Multiple(() =>
        {
            Assert.That(errors.Select(e => e.PropertyName), Is.EqualTo(new[] { "Cursor" }));
            Assert.That(errors.Single().ErrorMessage, Is.EqualTo(cursorMessage));
        });
    }

    private static IEnumerable<TestCaseData> GarbageCursors()
    {
        yield return new TestCaseData("not a cursor!").SetArgDisplayNames("not base64url");
        yield return new TestCaseData("%%%").SetArgDisplayNames("symbols");
        yield return new TestCaseData(Encode("hello")).SetArgDisplayNames("no separator");
        yield return new TestCaseData(Encode($"abc:{Guid.NewGuid():N}")).SetArgDisplayNames("ticks not a number");
        yield return new TestCaseData(Encode($"-1:{Guid.NewGuid():N}")).SetArgDisplayNames("negative ticks");
        yield return new TestCaseData(Encode($"{long.MaxValue}:{Guid.NewGuid():N}")).SetArgDisplayNames("ticks past the end of time");
        yield return new TestCaseData(Encode("638000000000000000:not-a-guid")).SetArgDisplayNames("id not a guid");
        yield return new TestCaseData(Encode($"638000000000000000:{Guid.NewGuid():D}")).SetArgDisplayNames("id with dashes");
        yield return new TestCaseData(Encode($"1:2:{Guid.NewGuid():N}")).SetArgDisplayNames("three parts");
        yield return new TestCaseData(Encode($" 1:{Guid.NewGuid():N}")).SetArgDisplayNames("padded ticks");
    }

    private static Func<string?, int, object> Query(Func<string?, int, object> create) => create;

    private ValidationResult Validate(string? cursor, int limit = 20) => validator.Validate(new ValidationContext<object>(query(cursor, limit)));

    private static string Encode(string text) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));
}
