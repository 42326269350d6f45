using System.ComponentModel.DataAnnotations;

namespace ResumeExport.Workers.Pdf.Exports;

/// <summary>The <c>render-export-document</c> endpoint (section <c>DocumentRendering</c>), validated at start-up.</summary>
public sealed class DocumentRenderingOptions
{
    public const string SectionName = "DocumentRendering";

    /// <summary>
    /// DOCX, Markdown and text exports written at once. They take milliseconds of CPU and no browser page, so this is
    /// independent of <c>Chromium:MaxConcurrentPages</c>: a document never waits for a free page.
    /// </summary>
    [Range(1, 64)]
    public int MaxConcurrentDocuments { get; set; } = 4;
}
