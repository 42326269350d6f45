using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.Deploy;

/// <summary>
/// Issue 12, item 11: the local stack signs with secrets made per machine by deploy/lib/stack-secrets.sh (kept outside
/// git, mode 600, reused), and nothing in the repository's configuration signs tokens a stack accepts.
/// </summary>
public sealed class StackSecretsTests : IntegrationFixture
{
    private string home = string.Empty;

    [SetUp]
    public void MakeHome() => home = Directory.CreateTempSubdirectory("re-stack-secrets-").FullName;

    [TearDown]
    public void RemoveHome() => Directory.Delete(home, recursive: true);

    [Test]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task The_secrets_are_made_once_random_private_and_reused()
    {
        var file = Path.Combine(home, "config", "resume-export", "stack-secrets.env");

        var first = await EnsureSecretsAsync(file);
        var second = await EnsureSecretsAsync(file);
        var elsewhere = await EnsureSecretsAsync(Path.Combine(home, "other-machine", "stack-secrets.env"));

        Assert.That(first["STACK_JWT_SIGNING_KEY"], Has.Length.EqualTo(96).And.Match("^[0-9a-f]+$"));
        Assert.That(first["STACK_STRIPE_WEBHOOK_SECRET"], Does.Match("^whsec_[0-9a-f]{64}$"));
        Assert.That(first["STACK_PADDLE_WEBHOOK_SECRET"], Does.Match("^pdl_ntfset_[0-9a-f]{64}$"));
        Assert.That(second, Is.EqualTo(first), "reused on the next run");
        Assert.That(elsewhere.Values, Has.None.AnyOf(first.Values.ToArray()), "another machine gets other secrets");
        Assert.That(File.GetUnixFileMode(file), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite), "mode 600");
        Assert.That(File.GetUnixFileMode(Path.GetDirectoryName(file)!), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute), "mode 700");
    }

    [Test]
    public async Task A_development_api_started_with_the_machines_key_accepts_its_tokens_and_refuses_the_formerly_committed_key()
    {
        var secrets = await EnsureSecretsAsync(Path.Combine(home, "stack-secrets.env"));
        await using var api = new ApiFactory(ConnectionString, VirtualHost, new Dictionary<string, string?> { ["Jwt:SigningKey"] = secrets["STACK_JWT_SIGNING_KEY"] }, environment: "Development");
        using var client = api.CreateClient();
        var (token, userId) = await ApiClient.RegisterAsync(client);

        var genuine = await GetMeAsync(client, token);
        var forged = await GetMeAsync(client, ForgedTokens.AdminSignedWith(ForgedTokens.FormerlyCommittedDevelopmentKey, userId));
        var forgedAdmin = await SendAsync(client, "/api/metrics/export-ops", ForgedTokens.AdminSignedWith(ForgedTokens.FormerlyCommittedDevelopmentKey, userId));

        Assert.That(genuine.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(forged.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(forgedAdmin.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public void A_development_api_with_only_the_repositorys_configuration_has_no_key_and_refuses_to_start()
    {
        using var repositoryOnly = new ApiFactory(ConnectionString, VirtualHost, new Dictionary<string, string?> { ["Jwt:SigningKey"] = null }, environment: "Development");

        var failure = Assert.Catch(() => repositoryOnly.CreateClient());

        Assert.That(failure!.ToString(), Does.Contain("Jwt:SigningKey is missing"));
    }

    [Test]
    public void A_template_placeholder_key_is_refused_in_every_environment()
    {
        using var placeholder = new ApiFactory(ConnectionString, VirtualHost, new Dictionary<string, string?>
        {
            ["Jwt:SigningKey"] = "CHANGE-ME-to-a-long-random-secret-e.g.-openssl-rand-base64-48",
        });

        var failure = Assert.Catch(() => placeholder.CreateClient());

        Assert.That(failure!.ToString(), Does.Contain("placeholder"));
    }

    private async Task<Dictionary<string, string>> EnsureSecretsAsync(string file)
    {
        var script = Path.Combine(RepositoryRoot(), "deploy", "lib", "stack-secrets.sh");
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($". '{script}' && ensure_stack_secrets && env | grep '^STACK_'");
        start.Environment["RESUME_EXPORT_SECRETS_FILE"] = file;
        start.Environment["HOME"] = home;
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.That(process.ExitCode, Is.Zero, await process.StandardError.ReadToEndAsync());
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
    }

    private static Task<HttpResponseMessage> GetMeAsync(HttpClient client, string token) => SendAsync(client, "/api/users/me", token);

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string path, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ResumeExport.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("ResumeExport.sln not found above the test binaries.");
    }
}
