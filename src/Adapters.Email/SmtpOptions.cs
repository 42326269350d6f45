namespace ResumeExport.Adapters.Email;

/// <summary>The SMTP server the e-mail worker sends through (section <c>Smtp</c>), validated at start-up.</summary>
public sealed class SmtpOptions
{
    public const string SectionName = "Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>The From address.</summary>
    public string? Sender { get; set; }

    public string SenderName { get; set; } = "ResumeExport";

    /// <summary>Set with <see cref="Password"/> to authenticate; both empty = no authentication.</summary>
    public string? Username { get; set; }

    /// <summary>Never logged.</summary>
    public string? Password { get; set; }

    /// <summary><c>none</c>, <c>starttls</c> (default) or <c>ssl</c>.</summary>
    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    /// <summary>Limit for connecting, authenticating and sending one message.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public override string ToString() =>
        $"{Host}:{Port} ({Security}) as {Sender}{(string.IsNullOrEmpty(Username) ? string.Empty : $", user {Username}")}";
}
