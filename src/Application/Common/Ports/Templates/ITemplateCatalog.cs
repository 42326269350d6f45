using ResumeExport.Domain.Templates;

namespace ResumeExport.Application.Common.Ports.Templates;

public interface ITemplateCatalog
{
    Task<IReadOnlyList<Template>> ListAsync(CancellationToken cancellationToken);

    Task<Template?> FindAsync(string key, CancellationToken cancellationToken);
}
