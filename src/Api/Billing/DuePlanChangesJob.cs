using Mediator;
using Microsoft.Extensions.Options;
using ResumeExport.Application.Billing;
using ResumeExport.Application.Billing.ApplyDueChanges;

namespace ResumeExport.Api.Billing;

/// <summary>
/// Applies due plan changes every <c>Billing:DueChangesInterval</c>. Runs in every API replica: each pass claims users with
/// <c>FOR UPDATE SKIP LOCKED</c>, so replicas share the work and never apply one change twice.
/// </summary>
internal sealed partial class DuePlanChangesJob(
    IServiceScopeFactory scopes,
    IOptions<BillingOptions> options,
    ILogger<DuePlanChangesJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                int applied;
                do
                {
                    await using var scope = scopes.CreateAsyncScope();
                    applied = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ApplyDuePlanChangesCommand(), stoppingToken);
                }
                while (applied >= settings.DueChangesBatchSize && !stoppingToken.IsCancellationRequested);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // The database may be restarting; pending changes stay pending and the next pass applies them.
                LogPassFailed(exception);
            }

            await Task.Delay(settings.DueChangesInterval, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Due plan change pass failed; retrying at the next interval")]
    private partial void LogPassFailed(Exception exception);
}
