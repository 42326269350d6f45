using ResumeExport.Application.Common.Ports.Templates;
using ResumeExport.Domain.Templates;
using ResumeExport.Templates;

namespace ResumeExport.Adapters.Templates;

/// <summary>
/// The template catalogue is the templates package (<see cref="ResumeTemplates.All"/>): keys, names, versions, premium
/// flags and required sections are written there once, next to the designs that print them. The database's
/// <c>templates</c> table is seeded from this catalogue; reads never go to it.
/// </summary>
internal sealed class PackagedTemplateCatalog : ITemplateCatalog
{
    /// <summary>
    /// Free before premium, then in the package's catalogue order, the order templates were added in: so a new template
    /// never changes which one an import picks by default (the first free one that fits).
    /// </summary>
    private static readonly IReadOnlyList<TemplateDescriptor> InListOrder = [.. ResumeTemplates.All.OrderBy(t => t.IsPremium)];

    public Task<IReadOnlyList<Template>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Template>>([.. InListOrder.Select(FromPackage)]);

    public Task<Template?> FindAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(ResumeTemplates.TryGet(key, out var descriptor) ? FromPackage(descriptor) : null);

    public Task<byte[]?> FindPreviewAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(ResumeTemplates.TryGetPreview(key, out var preview) ? preview.Png.ToArray() : null);

    /// <summary>A fresh domain object per call: callers (the seeding among them) may hand it to EF Core to track.</summary>
    private static Template FromPackage(TemplateDescriptor descriptor) =>
        Template.Create(descriptor.Key, descriptor.Name, descriptor.Version, descriptor.IsPremium, [.. descriptor.RequiredSections]);
}
