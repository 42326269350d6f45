namespace ResumeExport.Application.Common.Ports.Persistence;

/// <summary>A resume locked for pruning, with its newest version number and its owner's plan's <c>maxVersionsKept</c>.</summary>
public sealed record VersionPruneCandidate(Guid ResumeId, int LatestVersion, int MaxVersionsKept);
