namespace ResumeExport.Application.Templates.GetTemplatePreview;

/// <param name="Content">PNG of page 1 of the template's sample resume.</param>
/// <param name="ETag">Strong and quoted.</param>
public sealed record TemplatePreviewImage(byte[] Content, string ETag);
