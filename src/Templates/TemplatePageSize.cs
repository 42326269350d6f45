namespace ResumeExport.Templates;

/// <summary>The paper a template lays itself out for (CSS <c>@page size</c>).</summary>
public enum TemplatePageSize
{
    /// <summary>210 × 297 mm.</summary>
    A4,

    /// <summary>8.5 × 11 in.</summary>
    Letter,

    /// <summary>8.5 × 14 in.</summary>
    Legal,
}
