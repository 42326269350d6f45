using System.Security.Cryptography;
using Mediator;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Ports.Templates;

namespace ResumeExport.Application.Templates.GetTemplatePreview;

public sealed record GetTemplatePreviewQuery(string TemplateKey) : IQuery<TemplatePreviewImage>;

/// <remarks>The picture ships with the templates package, so its bytes, and the ETag made of them, change only with a release.</remarks>
public sealed class GetTemplatePreviewQueryHandler(ITemplateCatalog templates) : IQueryHandler<GetTemplatePreviewQuery, TemplatePreviewImage>
{
    public async ValueTask<TemplatePreviewImage> Handle(GetTemplatePreviewQuery query, CancellationToken cancellationToken)
    {
        var content = await templates.FindPreviewAsync(query.TemplateKey, cancellationToken)
            ?? throw new NotFoundException("Template", query.TemplateKey);
        return new TemplatePreviewImage(content, $"\"{Convert.ToHexStringLower(SHA256.HashData(content))[..32]}\"");
    }
}
