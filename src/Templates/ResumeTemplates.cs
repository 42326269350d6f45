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

    private static IResumeTemplate Find(string templateKey)
    {
        ArgumentNullException.ThrowIfNull(templateKey);
        return TemplatesByKey.TryGetValue(templateKey, out var template)
            ? template
            : throw new ArgumentException($"Unknown template '{templateKey}'. Known templates: {string.Join(", ", Keys)}.", nameof(templateKey));
    }
}
