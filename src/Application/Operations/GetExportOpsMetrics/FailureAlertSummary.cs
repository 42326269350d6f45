using System.Text.Json;

namespace ResumeExport.Application.Operations.GetExportOpsMetrics;

/// <param name="Metadata">The alert's figures (window, finished, failed, ratio, threshold) as a JSON object.</param>
public sealed record FailureAlertSummary(DateTimeOffset RaisedAt, JsonElement Metadata)
{
    /// <summary>Metadata that is not a JSON object shows as an empty one.</summary>
    public static FailureAlertSummary From(DateTimeOffset raisedAt, string metadata)
    {
        try
        {
            using var document = JsonDocument.Parse(metadata);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                return new FailureAlertSummary(raisedAt, document.RootElement.Clone());
            }
        }
        catch (JsonException)
        {
            // fall through: an unreadable entry must not break the metrics endpoint
        }

        using var empty = JsonDocument.Parse("{}");
        return new FailureAlertSummary(raisedAt, empty.RootElement.Clone());
    }
}
