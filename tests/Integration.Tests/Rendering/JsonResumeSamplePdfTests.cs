using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ResumeExport.Adapters.Rendering;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Integration.Tests.Support;
using UglyToad.PdfPig;

namespace ResumeExport.Integration.Tests.Rendering;

/// <summary>
/// The JSON Resume package's sample, imported through the API and printed by the real Chromium: every field it gives
/// (but the empty photo) is on the PDF, in every template.
/// </summary>
public sealed class JsonResumeSamplePdfTests : IntegrationFixture
{
    /// <summary>One value of each field that has a place in print, as the sample writes it.</summary>
    private static readonly string[] PrintedValues =
    [
        "2712 Broadway St", "CA 94115 San Francisco", "California", "richardhendricks.example.com",
        "piedpiper.example.com", "Awesome compression company", "Pied Piper is a multi-platform technology", "Successfully won Techcrunch Disrupt",
        "ou.edu", "4.0", "DB1101 - Basic SQL", "CS2011 - Java Introduction",
        "Smoogle", "application", "Team lead", "GoogleMaps", "missdirection.example.com", "Aug 2016", "Won award at AIHacks 2016",
        "CoderDojo", "Teacher", "coderdojo.example.com", "Global movement of free coding clubs", "Teacher of the Month",
        "Digital Compression Pioneer Award", "Techcrunch", "Nov 2014", "There is no spoon.",
        "Video compression for 3d media", "Hooli", "Oct 2014", "Innovative middle-out compression algorithm",
        "Wildlife", "Ferrets", "Unicorns", "Erlich Bachman", "It is my pleasure to recommend Richard",
        "Volunteering", "Awards", "Publications", "Interests", "References",
    ];

    private ApiFactory api = null!;
    private ChromiumBrowserPool pool = null!;
    private ChromiumResumePdfRenderer renderer = null!;

    [OneTimeSetUp]
    public void Start()
    {
        api = new ApiFactory(ConnectionString, VirtualHost);
        (pool, renderer) = ChromiumRendererFactory.Create();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await pool.DisposeAsync();
        await api.DisposeAsync();
    }

    [TestCase("classic")]
    [TestCase("modern")]
    [TestCase("compact")]
    public async Task The_imported_sample_prints_every_field_it_gives(string templateKey)
    {
        var (client, _) = await TestData.SignedInClientAsync(api, "pro");
        var sample = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "TestData", "JsonResume", "sample.resume.json"));
        var import = await client.PostAsync($"/api/resumes/import?templateKey={templateKey}", new StringContent(sample, Encoding.UTF8, "application/json"));
        var imported = await ApiClient.ReadJsonAsync(import);
        Assert.That(import.StatusCode, Is.EqualTo(HttpStatusCode.Created), imported.ToJsonString());
        var id = Guid.Parse(imported["resume"]!["id"]!.GetValue<string>());
        await using var scope = api.Services.CreateAsyncScope();
        var resume = (await scope.ServiceProvider.GetRequiredService<IResumeRepository>().FindAsync(id, CancellationToken.None))!;

        using var pdf = PdfDocument.Open((await renderer.RenderAsync(RenderingSamples.Request(resume), CancellationToken.None)).Content);

        // Text extraction may drop or add spaces at line ends, and headings may be set in capitals: compare loosely.
        var text = Squeezed(string.Concat(pdf.GetPages().Select(p => p.Text)));
        Assert.That(PrintedValues.Where(v => !text.Contains(Squeezed(v), StringComparison.OrdinalIgnoreCase)), Is.Empty, $"{templateKey}: values missing from the PDF");
    }

    private static string Squeezed(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
