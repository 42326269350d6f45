namespace ResumeExport.Reliability.Cases;

/// <summary>What one replica answered one request: status (0 = no answer), media type, Retry-After (seconds) and body.</summary>
internal sealed record ProbeAnswer(int Status, string? MediaType, string? RetryAfter, string Text)
{
    /// <summary>503 application/problem+json with Retry-After, naming no .NET type, driver or stack frame.</summary>
    public bool IsCleanRetryable =>
        Status == 503
        && MediaType == "application/problem+json"
        && RetryAfter is not null
        && !Text.Contains("Npgsql", StringComparison.OrdinalIgnoreCase)
        && !Text.Contains("Exception", StringComparison.Ordinal)
        && !Text.Contains(" at ", StringComparison.Ordinal);

    public string Shortened => Text.Length > 200 ? Text[..200] + "…" : Text;
}
