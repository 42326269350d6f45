namespace ResumeExport.Integration.Tests.Support;

/// <summary>Configuration every host under test shares: its own database and virtual host, fast retries, a signing key of this run.</summary>
public static class TestSettings
{
    /// <summary>Made fresh for each test run: no key in the repository signs tokens that any host accepts.</summary>
    public static string SigningKey { get; } = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(48));

    public static Dictionary<string, string?> For(string connectionString, string vhost) => new()
    {
        ["ConnectionStrings:Postgres"] = connectionString,
        ["RabbitMq:Host"] = TestServices.RabbitHost,
        ["RabbitMq:Port"] = TestServices.RabbitPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RabbitMq:VirtualHost"] = vhost,
        ["RabbitMq:Username"] = TestServices.RabbitUser,
        ["RabbitMq:Password"] = TestServices.RabbitPassword,
        ["Jwt:SigningKey"] = SigningKey,
        ["Messaging:Retry:RetryLimit"] = "2",
        ["Messaging:Retry:InitialDelay"] = "00:00:00.050",
        ["Messaging:Retry:MaxDelay"] = "00:00:00.200",
        // Off unless a test turns it on: these tests prove the quick retries alone (decision 36's window is tested apart).
        ["Redelivery:Window"] = "00:00:00",
        ["Redelivery:DispatchInterval"] = "00:00:00.200",
        ["Outbox:PollInterval"] = "00:00:00.200",
        ["Outbox:RetryDelay"] = "00:00:00.200",
        ["Outbox:PublishTimeout"] = "00:00:03",
        ["Api:AuthRateLimitPermits"] = "100000",
        ["Api:LoginAccountPermits"] = "100000",
        ["Database:ApplyMigrationsOnStartup"] = "true",
        ["Storage:Driver"] = "local",
        ["Storage:Local:RootPath"] = Path.Combine(Path.GetTempPath(), "resume-export-tests", vhost),
        ["Storage:S3:ServiceUrl"] = TestServices.Env("S3_ENDPOINT", "http://127.0.0.1:4569"),
        ["Storage:S3:Region"] = TestServices.Env("S3_REGION", "us-east-1"),
        ["Storage:S3:BucketName"] = vhost,
        ["Storage:S3:AccessKey"] = TestServices.Env("S3_ACCESS_KEY", "S3RVER"),
        ["Storage:S3:SecretKey"] = TestServices.Env("S3_SECRET_KEY", "S3RVER"),
        ["Chromium:ExecutablePath"] = TestServices.Env("CHROMIUM_PATH", "/usr/bin/chromium-headless-shell"),
    };
}
