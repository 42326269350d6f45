using System.Runtime.InteropServices;
using ResumeExport.Reliability;

// Run through deploy/reliability/run.sh, which starts the RabbitMQ cluster and PostgreSQL and sets the REL_* variables.
// Exit code: 0 when every case, the load and the connection budget passed; 1 when one failed; 2 when the run broke.
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
using var onTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    stop.Cancel();
});

try
{
    var failed = await ReliabilitySuite.RunAsync(SuiteSettings.FromEnvironment(), stop.Token);
    return failed == 0 ? 0 : 1;
}
catch (OperationCanceledException) when (stop.IsCancellationRequested)
{
    await Console.Error.WriteLineAsync("reliability: cancelled");
    return 130;
}
catch (Exception exception)
{
    await Console.Error.WriteLineAsync($"reliability: the run broke: {exception}");
    Console.WriteLine("reliability: faults 0/7 survived | lost 0 | duplicated 0 | load 0 req, 5xx 0, p99 0 ms | failed 1");
    return 2;
}
