namespace ResumeExport.Domain.Resumes;

/// <summary>An account on a network (GitHub, LinkedIn…): at least the network's name, and a user name, a URL or both.</summary>
public sealed record ResumeProfile(string Network, string? Username, string? Url);
