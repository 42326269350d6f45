using System.Net;
using System.Text.Json.Nodes;

namespace ResumeExport.Reliability;

/// <summary>One API answer: status (0 = no answer), body, media type and how long it took.</summary>
internal sealed record ApiResult(int Status, JsonNode? Body, string Text, string? MediaType, TimeSpan Elapsed)
{
    public bool Accepted => Status is (int)HttpStatusCode.Accepted or (int)HttpStatusCode.OK or (int)HttpStatusCode.Created;

    public Guid Id => Guid.Parse(Body!["id"]!.GetValue<string>());
}
