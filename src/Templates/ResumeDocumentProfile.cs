namespace ResumeExport.Templates;

/// <summary>An account on a network, printed as "Network: user name" (linked when <paramref name="Url"/> is an http(s) URL).</summary>
/// <param name="Network">E.g. GitHub, LinkedIn.</param>
/// <param name="Username">Shown when set; otherwise the shortened URL is shown.</param>
/// <param name="Url">Printed as text when it is not an absolute http(s) URL.</param>
public sealed record ResumeDocumentProfile(string Network, string? Username, string? Url);
