namespace ResumeExport.Integration.Tests.Hostile;

/// <summary>One request of the probe: what it tries, and exactly what goes on the wire.</summary>
/// <param name="Token">The bearer token to send, or null for none.</param>
/// <param name="ContentType">Sent as is (no validation), or null for no Content-Type.</param>
public sealed record HostileRequest(
    string Description,
    string Method,
    string PathAndQuery,
    byte[]? Body,
    string? ContentType,
    IReadOnlyDictionary<string, string> Headers,
    string? Token);
