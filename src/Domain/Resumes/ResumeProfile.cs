namespace ResumeExport.Domain.Resumes;

/// <summary>A network's name plus a user name, a URL or both.</summary>
public sealed record ResumeProfile(string Network, string? Username, string? Url);
