using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ResumeExport.Adapters.Scheduling;

/// <summary>
/// Runs a use case at start-up and then every <see cref="Interval"/>, each run in its own DI scope. A failed run is
/// logged and the next tick tries again. The use cases themselves are safe with several replicas (row locks or an
/// advisory lock), so every replica runs the job.
/// </summary>
public abstract partial class ScheduledJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger logger) : BackgroundService
{
    protected abstract string JobName { get; }

    protected abstract bool Enabled { get; }

    protected abstract TimeSpan Interval { get; }

    /// <summary>One run now, outside the schedule (tools and tests).</summary>
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await RunAsync(scope.ServiceProvider.GetRequiredService<ISender>(), cancellationToken);
    }

    protected abstract Task RunAsync(ISender sender, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            LogDisabled(JobName);
            return;
        }

        using var timer = new PeriodicTimer(Interval, clock);
        try
        {
            do
            {
                try
                {
                    await RunOnceAsync(stoppingToken);
                }
                catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                {
                    // The database or the storage may be restarting; nothing was half-done that the next run cannot finish.
                    LogRunFailed(exception, JobName);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopping
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled job {Job} is disabled by configuration")]
    private partial void LogDisabled(string job);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled job {Job} failed; it runs again at the next interval")]
    private partial void LogRunFailed(Exception exception, string job);
}
