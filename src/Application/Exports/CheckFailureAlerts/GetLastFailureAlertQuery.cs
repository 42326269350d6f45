using System.Text.Json;
using Mediator;
using ResumeExport.Application.Common.Ports;

namespace ResumeExport.Application.Exports.CheckFailureAlerts;

/// <summary>The newest export failure alert, or null when none was ever raised (for the operations metrics).</summary>
public sealed record GetLastFailureAlertQuery : IQuery<LastFailureAlert?>;

public sealed class GetLastFailureAlertQueryHandler(IExportFailureStats stats, TimeProvider clock) : IQueryHandler<GetLastFailureAlertQuery, LastFailureAlert?>
{
    public async ValueTask<LastFailureAlert?> Handle(GetLastFailureAlertQuery query, CancellationToken cancellationToken)
    {
        var entry = await stats.FindLastAlertAsync(clock.GetUtcNow(), cancellationToken);
        if (entry is null)
        {
            return null;
        }

        using var metadata = JsonDocument.Parse(entry.Metadata);
        var root = metadata.RootElement;
        return new LastFailureAlert(
            entry.CreatedAt,
            Number(root, FailureAlertMetadata.WindowMinutes),
            (int)Number(root, FailureAlertMetadata.Finished),
            (int)Number(root, FailureAlertMetadata.Failed),
            Number(root, FailureAlertMetadata.Ratio),
            Number(root, FailureAlertMetadata.Threshold));
    }

    private static double Number(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            ? value.GetDouble()
            : 0d;
}
