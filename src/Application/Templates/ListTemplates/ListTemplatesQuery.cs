using Mediator;
using ResumeExport.Application.Common.Ports.Templates;

namespace ResumeExport.Application.Templates.ListTemplates;

public sealed record ListTemplatesQuery : IQuery<IReadOnlyList<TemplateResponse>>;

public sealed class ListTemplatesQueryHandler(ITemplateCatalog templates)
    : IQueryHandler<ListTemplatesQuery, IReadOnlyList<TemplateResponse>>
{
    public async ValueTask<IReadOnlyList<TemplateResponse>> Handle(ListTemplatesQuery query, CancellationToken cancellationToken) =>
        (await templates.ListAsync(cancellationToken))
            .Select(t => new TemplateResponse(t.Key, t.Name, t.Version, t.RequiredSections, t.IsPremium, TemplateResponse.PreviewUrlOf(t.Key)))
            .ToArray();
}
