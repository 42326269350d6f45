namespace ResumeExport.Api.OpenApi;

/// <summary>The plan limits (<c>limitName</c>s) an endpoint's 403 problems can name (<see cref="ProblemResponseConventions.ProducesPlanLimit"/>).</summary>
public sealed record PlanLimitsMetadata(IReadOnlyList<string> LimitNames);
