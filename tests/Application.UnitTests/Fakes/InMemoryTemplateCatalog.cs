using ResumeExport.Application.Common.Ports.Templates;
using ResumeExport.Domain.Templates;
using ResumeExport.Templates;

namespace ResumeExport.Application.UnitTests.Fakes;

/// <summary>The templates of the templates package (<see cref="ResumeTemplates.All"/>) unless others are given.</summary>
internal sealed class InMemoryTemplateCatalog(IReadOnlyList<Template> templates) : ITemplateCatalog
{
    public InMemoryTemplateCatalog()
        : this([.. ResumeTemplates.All.Select(t => Template.Create(t.Key, t.Name, t.Version, t.IsPremium, t.RequiredSections))])
    {
    }

    /// <summary>How often <see cref="FindAsync"/> was asked: a resume write looks its template up once.</summary>
    public int FindCount { get; private set; }

    public Task<IReadOnlyList<Template>> ListAsync(CancellationToken cancellationToken) => Task.FromResult(templates);

    /// <summary>A few PNG signature bytes per listed template: the picture's content is the package's business.</summary>
    public Task<byte[]?> FindPreviewAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(templates.Any(t => t.Key == key) ? new byte[] { 0x89, 0x50, 0x4E, 0x47, (byte)key.Length } : null);

    public Task<Template?> FindAsync(string key, CancellationToken cancellationToken)
    {
        FindCount++;
        return Task.FromResult(templates.SingleOrDefault(t => t.Key == key));
    }
}
