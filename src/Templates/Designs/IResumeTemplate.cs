using ResumeExport.Templates.Rendering;

namespace ResumeExport.Templates.Designs;

/// <summary>One design: its catalogue entry, its page margins and how it lays a resume out.</summary>
internal interface IResumeTemplate
{
    TemplateDescriptor Descriptor { get; }

    PageMargins Margins { get; }

    /// <summary>Zooms of the tightening levels this design still reads well at (see <see cref="TemplatePageBox"/>).</summary>
    IReadOnlyList<double> TighteningZooms { get; }

    /// <summary>Share of a page this design loses to each break (see <see cref="TemplatePageBox.BreakSlackShare"/>).</summary>
    double BreakSlack => TemplatePageBox.BreakSlack;

    string Render(ResumeDocument document, TemplatePageSize pageSize);
}
