using Mediator;
using Microsoft.Extensions.Logging;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Domain.Exports;
using ResumeExport.Domain.SystemLogs;

namespace ResumeExport.Application.Exports.CheckFailureAlerts;

/// <summary>Logs an <c>export_failure_alert</c> when the window's failure ratio crosses <paramref name="Thresholds"/>, once per cooldown.</summary>
public sealed record CheckFailureAlertsCommand(FailureAlertThresholds Thresholds) : ICommand<FailureAlertCheckResult>;

/// <remarks>Under an advisory lock, so a concurrent check on any replica waits and then sees the first one's alert.</remarks>
public sealed class CheckFailureAlertsCommandHandler(
    IExportFailureStats stats, ISystemLog systemLog, IUnitOfWork unitOfWork, TimeProvider clock, ILogger<CheckFailureAlertsCommandHandler> logger)
    : ICommandHandler<CheckFailureAlertsCommand, FailureAlertCheckResult>
{
    public async ValueTask<FailureAlertCheckResult> Handle(CheckFailureAlertsCommand command, CancellationToken cancellationToken)
    {
        var thresholds = command.Thresholds;
        var now = clock.GetUtcNow();
        var counts = await stats.CountFinishedAsync(FailureAlertPolicy.WindowStart(now, thresholds), now, cancellationToken);
        var decision = FailureAlertPolicy.Evaluate(counts.Finished, counts.Failed, thresholds);
        if (!decision.ShouldAlert)
        {
            FailureAlertLog.Quiet(logger, decision.Failed, decision.Finished, decision.Ratio);
            return new FailureAlertCheckResult(Fired: false, ThresholdCrossed: false, decision.Finished, decision.Failed, decision.Ratio);
        }

        var fired = await unitOfWork.InTransactionAsync(async ct =>
        {
            await stats.LockAlertsAsync(ct);
            var last = await stats.FindLastAlertAsync(now, ct);
            if (!FailureAlertPolicy.CooldownElapsed(last?.CreatedAt, now, thresholds))
            {
                return false;
            }

            systemLog.Add(SystemLog.Record(null, SystemLogActions.ExportFailureAlert, now, new Dictionary<string, object?>
            {
                [FailureAlertMetadata.WindowMinutes] = thresholds.Window.TotalMinutes,
                [FailureAlertMetadata.Finished] = decision.Finished,
                [FailureAlertMetadata.Failed] = decision.Failed,
                [FailureAlertMetadata.Ratio] = decision.Ratio,
                [FailureAlertMetadata.Threshold] = thresholds.FailureRatio,
            }));
            await unitOfWork.SaveChangesAsync(ct);
            return true;
        }, cancellationToken);

        if (fired)
        {
            FailureAlertLog.Fired(logger, decision.Failed, decision.Finished, thresholds.Window.TotalMinutes, decision.Ratio, thresholds.FailureRatio);
        }
        else
        {
            FailureAlertLog.Suppressed(logger, decision.Failed, decision.Finished, decision.Ratio, thresholds.Cooldown.TotalMinutes);
        }

        return new FailureAlertCheckResult(fired, ThresholdCrossed: true, decision.Finished, decision.Failed, decision.Ratio);
    }
}
