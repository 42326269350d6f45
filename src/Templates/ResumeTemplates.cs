using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using ResumeExport.Templates.Designs;

namespace ResumeExport.Templates;

/// <summary>
/// The template catalogue and the one entry point that turns a resume into self-contained, print-ready HTML:
/// styles inline, fonts by family name (installed on the rendering machine), nothing loaded from anywhere.
/// </summary>
public static class ResumeTemplates
{
    private static readonly IReadOnlyDictionary<string, IResumeTemplate> TemplatesByKey =
        new IResumeTemplate[]
        {
            new ClassicTemplate(), new ModernTemplate(), new CompactTemplate(), new ExecutiveTemplate(), new TimelineTemplate(), new MashriqTemplate(),
        }
            .ToDictionary(t => t.Descriptor.Key, StringComparer.Ordinal);

    private static readonly ConcurrentDictionary<string, TemplatePreview?> Previews = new(StringComparer.Ordinal);

    /// <summary>Every template, in catalogue order.</summary>
    public static IReadOnlyList<TemplateDescriptor> All { get; } =
        [.. TemplatesByKey.Values.Select(t => t.Descriptor)];

    public static IReadOnlyList<string> Keys { get; } = [.. All.Select(t => t.Key)];

    public static bool TryGet(string templateKey, [NotNullWhen(true)] out TemplateDescriptor? descriptor)
    {
        ArgumentNullException.ThrowIfNull(templateKey);
        if (TemplatesByKey.TryGetValue(templateKey, out var template))
        {
            descriptor = template.Descriptor;
            return true;
        }

        descriptor = null;
        return false;
    }

    /// <summary>
    /// The committed picture of page 1 of <paramref name="templateKey"/> (embedded resources <c>Previews/key.png</c> and
    /// <c>Previews/key.sha256</c>), or false for a key that names no template or has no picture.
    /// </summary>
    public static bool TryGetPreview(string templateKey, [NotNullWhen(true)] out TemplatePreview? preview)
    {
        ArgumentNullException.ThrowIfNull(templateKey);
        preview = TemplatesByKey.ContainsKey(templateKey) ? Previews.GetOrAdd(templateKey, LoadPreview) : null;
        return preview is not null;
    }

    /// <summary>The content box of <paramref name="templateKey"/>'s pages on <paramref name="pageSize"/> paper, and its tightening levels.</summary>
    /// <exception cref="ArgumentException">The key names no template (see <see cref="Keys"/>).</exception>
    public static TemplatePageBox PageBox(string templateKey, TemplatePageSize pageSize)
    {
        var template = Find(templateKey);
        return template.Margins.Box(pageSize, template.TighteningZooms) with { BreakSlackShare = template.BreakSlack };
    }

    /// <summary>Renders <paramref name="document"/> with the template <paramref name="templateKey"/>.</summary>
    /// <exception cref="ArgumentException">The key names no template (see <see cref="Keys"/>).</exception>
    public static string Render(string templateKey, ResumeDocument document, TemplatePageSize pageSize)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Find(templateKey).Render(document, pageSize);
    }

    private static TemplatePreview? LoadPreview(string templateKey)
    {
        var assembly = typeof(ResumeTemplates).Assembly;
        using var png = assembly.GetManifestResourceStream($"ResumeExport.Templates.Previews.{templateKey}.png");
        using var hash = assembly.GetManifestResourceStream($"ResumeExport.Templates.Previews.{templateKey}.sha256");
        if (png is null || hash is null)
        {
            return null;
        }

        using var bytes = new MemoryStream();
        png.CopyTo(bytes);
        using var reader = new StreamReader(hash);
        return new TemplatePreview(bytes.ToArray(), reader.ReadToEnd().Trim());
    }

    private static IResumeTemplate Find(string templateKey)
    {
        ArgumentNullException.ThrowIfNull(templateKey);
        return TemplatesByKey.TryGetValue(templateKey, out var template)
            ? template
            : throw new ArgumentException($"Unknown template '{templateKey}'. Known templates: {string.Join(", ", Keys)}.", nameof(templateKey));
    }
}
