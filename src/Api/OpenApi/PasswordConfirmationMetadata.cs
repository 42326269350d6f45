namespace ResumeExport.Api.OpenApi;

/// <summary>The endpoint asks for the caller's password again and answers a wrong one with a 403 (<see cref="ProblemResponseConventions.ProducesWrongPassword"/>).</summary>
public sealed record PasswordConfirmationMetadata;
