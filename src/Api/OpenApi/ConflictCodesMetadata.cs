namespace ResumeExport.Api.OpenApi;

/// <summary>The 409 <c>code</c>s an endpoint can answer (<see cref="ProblemResponseConventions.ProducesConflict"/>).</summary>
public sealed record ConflictCodesMetadata(IReadOnlyList<string> Codes);
