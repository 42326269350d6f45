using System.Diagnostics.Metrics;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using ResumeExport.Adapters.Rendering;
using ResumeExport.Adapters.Rendering.Documents;
using ResumeExport.Application.Common.Diagnostics;
using ResumeExport.Application.Common.Ports.Rendering;
using ResumeExport.Domain.Exports;

namespace ResumeExport.Integration.Tests.Rendering.Documents;

/// <summary>The adapter behind the port: picks the writer by format, the Word design by template, the paper by request.</summary>
public sealed class ResumeDocumentRendererTests
{
    private readonly ResumeDocumentRenderer _renderer = new();

    [Test]
    public async Task A_docx_is_a_Word_document_on_the_requested_paper()
    {
        var request = Request("modern", ExportFormats.Docx, PageSize.Letter);

        var rendered = await _renderer.RenderAsync(request, CancellationToken.None);

        using var document = DocxReading.Open(rendered.Content);
        var size = document.MainDocumentPart!.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.SectionProperties>().Single()
            .GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.PageSize>()!;
        Assert.Multiple(() =>
        {
            Assert.That(size.Width!.Value, Is.EqualTo(12240U));
            Assert.That(DocxReading.TextsInStyle(document, DocxResumeWriter.TitleStyle), Is.EqualTo(new[] { RenderingSamples.OwnerName }));
            Assert.That(document.PackageProperties.Creator, Is.EqualTo(RenderingSamples.OwnerName), "the account's name when the resume names nobody");
        });
    }

    [Test]
    public async Task Markdown_and_text_start_with_the_name_and_hold_the_sections()
    {
        var markdown = Encoding.UTF8.GetString((await _renderer.RenderAsync(Request("classic", ExportFormats.Markdown), CancellationToken.None)).Content);
        var text = Encoding.UTF8.GetString((await _renderer.RenderAsync(Request("classic", ExportFormats.Text), CancellationToken.None)).Content);

        Assert.Multiple(() =>
        {
            Assert.That(markdown, Does.StartWith($"# {RenderingSamples.OwnerName}\n").And.Contain("\n## Experience\n").And.Contain("\n### Staff Software Engineer\n"));
            Assert.That(text, Does.StartWith($"{RenderingSamples.OwnerName}\n").And.Contain("\n\nExperience\n").And.Contain(RenderingSamples.OwnerEmail));
        });
    }

    [TestCase(ExportFormats.Pdf)]
    [TestCase("rtf")]
    [TestCase("")]
    public void A_format_that_needs_a_browser_or_does_not_exist_is_refused(string format)
    {
        var failure = Assert.ThrowsAsync<DocumentRenderingException>(() => _renderer.RenderAsync(Request("classic", format), CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That(failure!.Code, Is.EqualTo(ExportErrorCodes.RenderFailed));
            Assert.That(failure.Message, Does.Contain($"'{format}'"));
        });
    }

    [Test]
    public void A_docx_with_an_unknown_template_is_refused()
    {
        var failure = Assert.ThrowsAsync<DocumentRenderingException>(() => _renderer.RenderAsync(Request("baroque", ExportFormats.Docx), CancellationToken.None));

        Assert.That(failure!.Message, Does.Contain("baroque"));
    }

    [Test]
    public async Task The_rendering_adapter_registers_this_renderer_for_the_port_metered_by_format()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Chromium:ExecutablePath"] = "/usr/bin/true" }).Build();
        var services = new ServiceCollection().AddMetrics().AddSingleton<ResumeExportMetrics>().AddSingleton(TimeProvider.System).AddRendering(configuration);
        await using var provider = services.BuildServiceProvider();
        using var durations = new MetricCollector<double>(provider.GetRequiredService<IMeterFactory>(), ResumeExportTelemetry.SourceName, "resume_export.export.render.duration");

        var port = provider.GetRequiredService<IResumeDocumentRenderer>();
        var rendered = await port.RenderAsync(Request("classic", ExportFormats.Text), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(services.Count(s => s.ServiceType == typeof(IResumeDocumentRenderer)), Is.EqualTo(1));
            Assert.That(provider.GetRequiredService<ResumeDocumentRenderer>(), Is.Not.Null, "the writers behind the port");
            Assert.That(rendered.Content, Is.Not.Empty);
            Assert.That(durations.GetMeasurementSnapshot().Select(m => m.Tags["resume_export.export.format"]), Is.EqualTo(new object?[] { "text" }));
        });
    }

    private static DocumentRenderRequest Request(string template, string format, PageSize pageSize = PageSize.A4) =>
        new(RenderingSamples.Rich(template), format, RenderingSamples.OwnerName, RenderingSamples.OwnerEmail, pageSize);
}
