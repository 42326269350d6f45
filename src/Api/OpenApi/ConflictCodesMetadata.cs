namespace ResumeExport.Api.OpenApi;

/// <summary>The <c>code</c>s an endpoint's 409 problems can carry (<see cref="ProblemResponseConventions.ProducesConflict"/>).</summary>
public sealed record ConflictCodesMetadata(IReadOnlyList<string> Codes);
