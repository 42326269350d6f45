using Microsoft.Extensions.Options;
using ResumeExport.Application.Common.Ports.Persistence;

namespace ResumeExport.Api.RateLimiting;

/// <summary>
/// Deletes shared counters back at a fresh state (decision 32), so the table holds only keys seen within their window.
/// Every replica runs it; the delete skips rows another replica holds.
/// </summary>
internal sealed partial class RateLimitSweeper(IRateLimitStore store, IOptions<SharedRateLimitOptions> options, TimeProvider clock, ILogger<RateLimitSweeper> logger)
    : BackgroundService
{
    private const int BatchSize = 5000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    while (await store.SweepExpiredAsync(BatchSize, stoppingToken) == BatchSize)
                    {
                        // a full batch: more may be left
                    }
                }
                catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                {
                    // The database may be restarting; expired rows only wait for the next tick.
                    LogSweepFailed(exception);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopping
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sweeping expired rate-limit counters failed; next tick tries again")]
    private partial void LogSweepFailed(Exception exception);
}
