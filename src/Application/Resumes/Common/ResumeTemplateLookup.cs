using ResumeExport.Application.Common.Ports.Templates;
using ResumeExport.Domain.Templates;

namespace ResumeExport.Application.Resumes.Common;

/// <summary>
/// Caches the catalogue lookup per scope, so the validator and the plan guard share one; safe since the catalogue is
/// fixed for the process.
/// </summary>
public sealed class ResumeTemplateLookup(ITemplateCatalog templates)
{
    private readonly Dictionary<string, Template?> found = new(StringComparer.Ordinal);

    /// <summary>The template with <paramref name="key"/>, or null when the catalogue has none.</summary>
    public async Task<Template?> FindAsync(string key, CancellationToken cancellationToken)
    {
        if (!found.TryGetValue(key, out var template))
        {
            template = await templates.FindAsync(key, cancellationToken);
            found[key] = template;
        }

        return template;
    }

    /// <summary>Every key the catalogue knows, for the message that rejects an unknown one.</summary>
    public async Task<IReadOnlyList<string>> KeysAsync(CancellationToken cancellationToken) =>
        [.. (await templates.ListAsync(cancellationToken)).Select(t => t.Key)];
}
