using System.Text.Json.Nodes;

namespace ResumeExport.Integration.Tests.Hostile;

/// <summary>What the probe's user owns, so that valid ids reach deep into each endpoint, plus a valid body per operation.</summary>
public sealed record ProbeTargets(
    Guid ResumeId,
    Guid BulkApplyId,
    Guid ExportId,
    Guid JobId,
    Guid WebhookEventId,
    IReadOnlyDictionary<string, Func<JsonNode>> ValidBodies)
{
    /// <summary>A share link of <see cref="ResumeId"/>, so revoking reaches the handler.</summary>
    public Guid ShareLinkId { get; init; }

    /// <summary>A real value for a path parameter of <paramref name="pathTemplate"/>.</summary>
    public string ValidPathValue(string pathTemplate, string name) => name switch
    {
        "resumeId" => ResumeId.ToString(),
        "exportId" => ExportId.ToString(),
        "jobId" => JobId.ToString(),
        "webhookEventId" => WebhookEventId.ToString(),
        "provider" => "stripe",
        "version" => "1",
        "linkId" => ShareLinkId.ToString(),
        "templateKey" => "classic",
        "id" when pathTemplate.Contains("/bulk/", StringComparison.Ordinal) => BulkApplyId.ToString(),
        _ => ResumeId.ToString(),
    };
}
