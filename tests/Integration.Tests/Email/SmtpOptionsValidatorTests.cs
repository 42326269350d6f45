using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using ResumeExport.Adapters.Email;

namespace ResumeExport.Integration.Tests.Email;

/// <summary>Unit tests (no services needed) of the SMTP start-up checks; they live here because they test an adapter.</summary>
public sealed class SmtpOptionsValidatorTests
{
    [Test]
    public void Production_settings_with_host_sender_and_starttls_are_accepted() =>
        Assert.That(Validate("Production", Valid()).Succeeded, Is.True);

    [Test]
    public void Production_without_host_sender_and_tls_names_all_three_at_once()
    {
        var result = Validate("Production", new SmtpOptions { Security = SmtpSecurity.None });

        Assert.That(result.Failed, Is.True);
        Assert.That(result.FailureMessage, Does.Contain("Smtp:Host is missing"));
        Assert.That(result.FailureMessage, Does.Contain("Smtp:Sender is missing"));
        Assert.That(result.FailureMessage, Does.Contain("TLS is required in Production"));
    }

    [TestCase("Development")]
    [TestCase("Testing")]
    public void Outside_production_a_plain_connection_is_allowed(string environment)
    {
        var options = Valid();
        options.Security = SmtpSecurity.None;

        Assert.That(Validate(environment, options).Succeeded, Is.True);
    }

    [Test]
    public void A_sender_that_is_not_an_email_address_is_refused() =>
        Assert.That(Validate("Production", Valid(sender: "ResumeExport")).FailureMessage, Does.Contain("Smtp:Sender must be an e-mail address"));

    [Test]
    public void A_username_without_a_password_is_refused_and_the_password_is_never_echoed()
    {
        var options = Valid();
        options.Username = "mailer";
        var result = Validate("Production", options);

        Assert.That(result.FailureMessage, Does.Contain("Smtp:Username and Smtp:Password must be set together"));

        options.Password = "s3cret-value";
        options.Username = null;
        Assert.That(Validate("Production", options).FailureMessage, Does.Not.Contain("s3cret-value"));
    }

    [Test]
    public void A_timeout_outside_one_second_to_five_minutes_is_refused()
    {
        var options = Valid();
        options.Timeout = TimeSpan.Zero;

        Assert.That(Validate("Production", options).FailureMessage, Does.Contain("Smtp:Timeout"));
    }

    private static SmtpOptions Valid(string sender = "no-reply@example.com") =>
        new() { Host = "smtp.example.com", Sender = sender, Security = SmtpSecurity.StartTls };

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(string environment, SmtpOptions options) =>
        new SmtpOptionsValidator(new Environment(environment)).Validate(null, options);

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "tests";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
