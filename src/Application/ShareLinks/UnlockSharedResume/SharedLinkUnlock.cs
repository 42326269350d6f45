using ResumeExport.Application.ShareLinks.Common;

namespace ResumeExport.Application.ShareLinks.UnlockSharedResume;

/// <param name="AccessPass">Set when the password was right: the value of the viewer's cookie until <paramref name="PassExpiresAt"/>.</param>
public sealed record SharedLinkUnlock(SharedLinkOutcome Outcome, string? AccessPass, DateTimeOffset? PassExpiresAt);
