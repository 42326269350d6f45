namespace ResumeExport.Application.ShareLinks.Common;

/// <summary>The bounds of a share link's password (a viewer types it; the owner passes it on).</summary>
public static class ShareLinkRules
{
    public const int PasswordMinLength = 8;
    public const int PasswordMaxLength = 128;
}
