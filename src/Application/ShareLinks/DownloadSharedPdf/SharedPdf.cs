using ResumeExport.Application.ShareLinks.Common;

namespace ResumeExport.Application.ShareLinks.DownloadSharedPdf;

/// <summary>The PDF (ready), or when to ask again: rendering (202) or unavailable for now (503, the owner's daily limits).</summary>
public sealed record SharedPdf(SharedLinkOutcome Outcome, SharedPdfStatus Status, byte[]? Content, string? FileName, TimeSpan? RetryAfter)
{
    public static SharedPdf Refused(SharedLinkOutcome outcome) => new(outcome, SharedPdfStatus.None, null, null, null);

    public static SharedPdf Ready(byte[] content, string fileName) => new(SharedLinkOutcome.Open, SharedPdfStatus.Ready, content, fileName, null);

    public static SharedPdf Rendering(TimeSpan retryAfter) => new(SharedLinkOutcome.Open, SharedPdfStatus.Rendering, null, null, retryAfter);

    public static SharedPdf Unavailable(TimeSpan retryAfter) => new(SharedLinkOutcome.Open, SharedPdfStatus.Unavailable, null, null, retryAfter);
}
