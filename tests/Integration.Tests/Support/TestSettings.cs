namespace ResumeExport.Integration.Tests.Support;

/// <summary>Configuration every host under test shares: its own database and virtual host, fast retries, a test signing key.</summary>
public static class TestSettings
{
    public const string SigningKey = "integration-tests-signing-key-0123456789abcdef";

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
        ["Messaging:Retry:DelayDelta"] = "00:00:00.050",
        ["Outbox:PollInterval"] = "00:00:00.200",
        ["Outbox:RetryDelay"] = "00:00:00.200",
        ["Outbox:PublishTimeout"] = "00:00:03",
        ["Api:AuthRateLimitPermits"] = "100000",
        ["Database:ApplyMigrationsOnStartup"] = "true",
        ["Storage:Driver"] = "local",
        ["Storage:Local:RootPath"] = Path.Combine(Path.GetTempPath(), "resume-export-tests", vhost),
        ["Storage:S3:ServiceUrl"] = Env("S3_ENDPOINT", "http://127.0.0.1:4569"),
        ["Storage:S3:Region"] = Env("S3_REGION", "us-east-1"),
        ["Storage:S3:BucketName"] = vhost,
        ["Storage:S3:AccessKey"] = Env("S3_ACCESS_KEY", "S3RVER"),
        ["Storage:S3:SecretKey"] = Env("S3_SECRET_KEY", "S3RVER"),
        ["Chromium:ExecutablePath"] = Env("CHROMIUM_PATH", "/usr/bin/chromium"),
    };

    private static string Env(string name, string fallback) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : fallback;
}
