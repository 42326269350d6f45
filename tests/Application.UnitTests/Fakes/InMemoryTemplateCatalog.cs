using ResumeExport.Application.Common.Ports;
using ResumeExport.Domain.Templates;

namespace ResumeExport.Application.UnitTests.Fakes;

/// <summary>The shipped templates (<see cref="DefaultTemplates.All"/>: classic, modern, compact) unless others are given.</summary>
internal sealed class InMemoryTemplateCatalog(IReadOnlyList<Template> templates) : ITemplateCatalog
{
    public InMemoryTemplateCatalog()
        : this(DefaultTemplates.All)
    {
    }

    public Task<IReadOnlyList<Template>> ListAsync(CancellationToken cancellationToken) => Task.FromResult(templates);

    public Task<Template?> FindAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(templates.SingleOrDefault(t => t.Key == key));
}
