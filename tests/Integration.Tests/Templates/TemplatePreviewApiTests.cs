using System.Buffers.Binary;
using System.Net;
using ResumeExport.Integration.Tests.Support;
using ResumeExport.Templates;

namespace ResumeExport.Integration.Tests.Templates;

/// <summary>The catalogue lists every template with the URL of its page-1 preview, and that URL serves the shipped PNG.</summary>
public sealed class TemplatePreviewApiTests : ApiFixture
{
    private const double A4HeightOverWidth = 297.0 / 210.0;

    private static IEnumerable<string> TemplateKeys => ResumeTemplates.Keys;

    [Test]
    public async Task The_catalogue_lists_a_preview_url_for_each_of_the_six_templates()
    {
        using var anonymous = Api.CreateClient();

        var templates = (await ApiClient.ReadJsonAsync(await anonymous.GetAsync("/api/templates"))).AsArray();

        Assert.That(templates.Select(t => t!["key"]!.GetValue<string>()).ToList(), Is.EquivalentTo(ResumeTemplates.Keys).And.Count.EqualTo(6));
        Assert.That(
            templates.Select(t => t!["previewUrl"]!.GetValue<string>()),
            Is.EqualTo(templates.Select(t => $"/api/templates/{t!["key"]!.GetValue<string>()}/preview")));
    }

    [TestCaseSource(nameof(TemplateKeys))]
    public async Task Each_preview_is_a_png_of_an_a4_page_cacheable_by_its_etag(string templateKey)
    {
        using var anonymous = Api.CreateClient();

        using var response = await anonymous.GetAsync($"/api/templates/{templateKey}/preview");
        var png = await response.Content.ReadAsByteArrayAsync();
        using var again = new HttpRequestMessage(HttpMethod.Get, $"/api/templates/{templateKey}/preview");
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        using var revalidated = await anonymous.SendAsync(again);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/png"));
            Assert.That(png.AsSpan(0, 8).ToArray(), Is.EqualTo(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }), "PNG signature");
            Assert.That(png.AsSpan(12, 4).ToArray(), Is.EqualTo("IHDR"u8.ToArray()), "the first chunk is the header");
            var width = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4));
            var height = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4));
            Assert.That(width, Is.GreaterThanOrEqualTo(400), "wide enough to read the design");
            Assert.That(height / (double)width, Is.EqualTo(A4HeightOverWidth).Within(0.01), $"{width} × {height} px is an A4 page");
            Assert.That(response.Headers.ETag?.IsWeak, Is.False, "a strong ETag");
            Assert.That(response.Headers.CacheControl?.Public, Is.True);
            Assert.That(response.Headers.CacheControl?.MaxAge, Is.GreaterThan(TimeSpan.Zero));
            Assert.That(revalidated.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
        });
    }

    [TestCase("nope")]
    [TestCase("CLASSIC")]
    [TestCase("classic%2F..")]
    public async Task An_unknown_template_has_no_preview_a_404_problem(string templateKey)
    {
        using var anonymous = Api.CreateClient();

        using var response = await anonymous.GetAsync($"/api/templates/{templateKey}/preview");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }
}
