using ResumeExport.Application.ShareLinks.Common;

namespace ResumeExport.Application.ShareLinks.ViewSharedResume;

/// <param name="Html">The template's whole HTML document when <see cref="Outcome"/> is open.</param>
public sealed record SharedResumePage(SharedLinkOutcome Outcome, string? Title, string? Html)
{
    public static SharedResumePage Refused(SharedLinkOutcome outcome) => new(outcome, null, null);
}
