namespace ResumeExport.Domain.ShareLinks;

/// <summary>Whether a share link still opens; a revoked or expired one answers 410.</summary>
public enum ShareLinkState
{
    Active,
    Revoked,
    Expired,
}
