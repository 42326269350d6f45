namespace ResumeExport.Reliability;

/// <summary>A registered user on the team plan with one resume, and the access token the suite calls the API with.</summary>
internal sealed record SuiteUser(string Email, string Token, Guid Id, Guid ResumeId);
