namespace ResumeExport.Application.Exports.RenderExport;

/// <summary>What either renderer produced, as the store step needs it.</summary>
/// <param name="PageCount">PDFs only: other formats have no pages and no preview.</param>
internal sealed record RenderedFile(byte[] Content, int? PageCount);
