namespace ResumeExport.Templates.Designs;

/// <summary>One design: its catalogue entry and how it lays a resume out.</summary>
internal interface IResumeTemplate
{
    TemplateDescriptor Descriptor { get; }

    string Render(ResumeDocument document, TemplatePageSize pageSize);
}
