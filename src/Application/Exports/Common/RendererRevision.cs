using System.Reflection;

namespace ResumeExport.Application.Exports.Common;

/// <summary>
/// The build doing the rendering, part of every render key (decision 35): templates, fonts and writers ship with the
/// build, so a file rendered by an older build is never reused by a newer one.
/// </summary>
public static class RendererRevision
{
    /// <summary>The informational version (with the commit when the SDK knows it), else the assembly version.</summary>
    public static string Current { get; } =
        typeof(RendererRevision).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(RendererRevision).Assembly.GetName().Version?.ToString()
        ?? "unknown";
}
