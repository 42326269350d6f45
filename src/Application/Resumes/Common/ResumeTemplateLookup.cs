using ResumeExport.Application.Common.Ports.Templates;
using ResumeExport.Domain.Templates;

namespace ResumeExport.Application.Resumes.Common;

/// <summary>
/// The template a resume write names, asked of the catalogue once per request. The content validator needs it in the
/// pipeline (unknown key, required sections) and the plan guard needs it again in the handler (premium or not); both
/// take this scoped lookup, so the guard gets the template the validator already found instead of a second lookup.
/// </summary>
/// <remarks>Scoped (one per request or message) like the validators and handlers that share it. Keeping what it found
/// for the scope is safe: the catalogue is the templates package, fixed for the life of the process.</remarks>
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
