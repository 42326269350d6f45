using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using ResumeExport.Integration.Tests.Doubles;
using ResumeExport.Integration.Tests.Support;
using ResumeExport.Workers.Email.Exports;
using ResumeExport.Workers.Pdf.Exports;

namespace ResumeExport.Integration.Tests.Clients;

/// <summary>
/// The SPA's typed client (clients/typescript) against the whole stack: the API on a real port with both workers,
/// driven by the client's own contract test (<c>npm test</c> with BASE), so a change of the API that breaks the client's
/// types or behaviour fails here.
/// </summary>
[NonParallelizable]
public sealed class TypeScriptClientContractTests : IntegrationFixture
{
    private static readonly TimeSpan NpmDeadline = TimeSpan.FromMinutes(5);

    [Test]
    public async Task The_typed_client_passes_its_contract_test_against_the_stack()
    {
        await using var smtp = new CapturingSmtpServer();
        smtp.Start();
        var settings = new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Smtp:Sender"] = "no-reply@resume-export.test",
            ["Smtp:Security"] = "none",
        };
        await using var api = new ApiFactory(ConnectionString, VirtualHost, settings);
        api.StartServer();
        await using var pdfWorker = new WorkerFactory<RenderExportPdfConsumer>(ConnectionString, VirtualHost, settings);
        await using var emailWorker = new WorkerFactory<SendExportEmailConsumer>(ConnectionString, VirtualHost, settings);
        _ = pdfWorker.Services;
        _ = emailWorker.Services;
        var baseUrl = api.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();

        var client = ClientDirectory();
        if (NodeModulesAreStale(client))
        {
            var install = await NpmAsync(client, "ci --no-audit --no-fund --loglevel=error", baseUrl);
            Assert.That(install.ExitCode, Is.Zero, install.Output);
        }

        var (exitCode, output) = await NpmAsync(client, "test", baseUrl);

        TestContext.Out.WriteLine(output);
        Assert.That(exitCode, Is.Zero, output);
        Assert.That(output, Does.Contain("# fail 0").And.Not.Contain("# pass 0"), output);
    }

    private static async Task<(int ExitCode, string Output)> NpmAsync(string directory, string arguments, string baseUrl)
    {
        var start = new ProcessStartInfo("npm", arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["BASE"] = baseUrl;
        start.Environment["NO_COLOR"] = "1";
        using var npm = Process.Start(start) ?? throw new InvalidOperationException("npm did not start (is Node.js installed? deploy/services/up.sh installs it)");
        var stdout = npm.StandardOutput.ReadToEndAsync();
        var stderr = npm.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(NpmDeadline);
        try
        {
            await npm.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            npm.Kill(entireProcessTree: true);
            Assert.Fail($"npm {arguments} did not finish in {NpmDeadline}: {await stdout}{await stderr}");
        }

        return (npm.ExitCode, await stdout + await stderr);
    }

    private static bool NodeModulesAreStale(string client)
    {
        var installed = new FileInfo(Path.Combine(client, "node_modules", ".package-lock.json"));
        return !installed.Exists || installed.LastWriteTimeUtc < File.GetLastWriteTimeUtc(Path.Combine(client, "package-lock.json"));
    }

    private static string ClientDirectory([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "..", "clients", "typescript"));
}
