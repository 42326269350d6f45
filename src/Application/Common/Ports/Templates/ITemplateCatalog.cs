using ResumeExport.Domain.Templates;

namespace ResumeExport.Application.Common.Ports.Templates;

public interface ITemplateCatalog
{
    Task<IReadOnlyList<Template>> ListAsync(CancellationToken cancellationToken);

    Task<Template?> FindAsync(string key, CancellationToken cancellationToken);

    /// <summary>The PNG of page 1 of the template's sample resume, or null for an unknown key.</summary>
    Task<byte[]?> FindPreviewAsync(string key, CancellationToken cancellationToken);
}
