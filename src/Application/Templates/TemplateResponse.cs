namespace ResumeExport.Application.Templates;

/// <param name="PreviewUrl">Where the PNG of page 1 of the template's sample resume is served (GetTemplatePreview).</param>
public sealed record TemplateResponse(string Key, string Name, int Version, IReadOnlyList<string> RequiredSections, bool IsPremium, string PreviewUrl)
{
    public static string PreviewUrlOf(string key) => $"/api/templates/{Uri.EscapeDataString(key)}/preview";
}
