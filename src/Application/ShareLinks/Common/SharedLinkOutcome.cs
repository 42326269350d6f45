namespace ResumeExport.Application.ShareLinks.Common;

/// <summary>What a public request for a share link found; the page answers 404, 410, 401 or shows the resume.</summary>
public enum SharedLinkOutcome
{
    /// <summary>No link has that token (or its resume is gone): 404.</summary>
    NotFound,

    /// <summary>Revoked or expired: 410.</summary>
    Gone,

    /// <summary>Protected and no valid pass: the password form.</summary>
    PasswordRequired,

    /// <summary>A wrong password: the form again, with 401.</summary>
    WrongPassword,

    Open,
}
