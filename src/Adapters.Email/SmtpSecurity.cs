namespace ResumeExport.Adapters.Email;

/// <summary>How the SMTP connection is protected.</summary>
public enum SmtpSecurity
{
    /// <summary>Plain text: only for a local capture server in Development or Testing; refused in Production.</summary>
    None,

    /// <summary>Connect in plain text, then upgrade with STARTTLS (required; port 587).</summary>
    StartTls,

    /// <summary>TLS from the first byte (implicit TLS, port 465).</summary>
    Ssl,
}
