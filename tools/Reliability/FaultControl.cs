using System.Diagnostics;

namespace ResumeExport.Reliability;

/// <summary>
/// The faults the suite injects into its own services, through deploy/reliability/ctl.sh (which knows the node
/// directories and the PostgreSQL data directory): a RabbitMQ node SIGKILLed and started again, PostgreSQL stopped
/// and started. Replica and Chromium kills go straight to the processes.
/// </summary>
internal sealed class FaultControl(SuiteSettings settings)
{
    public Task KillRabbitNodeAsync(int node, CancellationToken cancellationToken) => RunAsync(cancellationToken, "rabbit-kill", node.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public Task StartRabbitNodeAsync(int node, CancellationToken cancellationToken) => RunAsync(cancellationToken, "rabbit-start", node.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public Task StopPostgresAsync(CancellationToken cancellationToken) => RunAsync(cancellationToken, "pg-stop");

    public Task StartPostgresAsync(CancellationToken cancellationToken) => RunAsync(cancellationToken, "pg-start");

    internal async Task<string> RunAsync(CancellationToken cancellationToken, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(settings.ControlScript);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("ctl.sh did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"ctl.sh {string.Join(' ', arguments)} failed ({process.ExitCode}): {await stderr}");
        }

        return await stdout;
    }
}
