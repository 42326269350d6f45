namespace ResumeExport.Application.ShareLinks.DownloadSharedPdf;

public enum SharedPdfStatus
{
    /// <summary>Refused before any PDF was looked for (see the outcome).</summary>
    None,
    Ready,
    Rendering,
    Unavailable,
}
