namespace ResumeExport.Api.OpenApi;

/// <summary>The <c>limitName</c>s an endpoint's 403s can name (<see cref="ProblemResponseConventions.ProducesPlanLimit"/>).</summary>
public sealed record PlanLimitsMetadata(IReadOnlyList<string> LimitNames);
