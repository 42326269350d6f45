using System.Runtime.InteropServices;
using ResumeExport.Benchmarks;

// Usage: dotnet run -c Release --project tools/Benchmarks -- plan-usage
//        dotnet run -c Release --project tools/Benchmarks -- exports [--count N] [--clients C] [--warmup W] [--connections L] [--load-seconds S]
//                [--steady-seconds S] [--recipients R] [--printers-only] [--reuse-build] [--scale-out | --scale-out-only]
//        dotnet run -c Release --project tools/Benchmarks -- soak [--exports N] [--rate R] [--warmup W] [--sample-seconds S] [--reuse-build]
// Connection: ConnectionStrings__Postgres (deploy/services/env.sh), also used as the admin connection for CREATE/DROP DATABASE.
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // Cancel instead of dying, so the throw-away database is still dropped.
    e.Cancel = true;
    stop.Cancel();
};
using var onTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    stop.Cancel();
});

var command = args.Length > 0 ? args[0] : string.Empty;
switch (command)
{
    case "plan-usage":
        try
        {
            return await PlanUsageBenchmark.RunAsync(BenchDatabase.BaseConnectionString(), stop.Token);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync("plan-usage: cancelled");
            return 130;
        }

    case "exports":
        try
        {
            return await ExportsBenchmark.RunAsync(args[1..], stop.Token);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync("exports: cancelled");
            return 130;
        }

    case "soak":
        try
        {
            return await SoakBenchmark.RunAsync(args[1..], stop.Token);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync("soak: cancelled");
            return 130;
        }

    default:
        await Console.Error.WriteLineAsync("usage: ResumeExport.Benchmarks plan-usage | exports [--count N] [--clients C] [--warmup W] [--connections L] [--load-seconds S] [--steady-seconds S] [--recipients R] [--printers-only] [--reuse-build] [--scale-out | --scale-out-only] | soak [--exports N] [--rate R] [--warmup W] [--sample-seconds S] [--reuse-build]");
        return 2;
}
