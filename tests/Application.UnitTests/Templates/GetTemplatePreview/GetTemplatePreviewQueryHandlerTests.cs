using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Templates.GetTemplatePreview;
using ResumeExport.Application.UnitTests.Fakes;

namespace ResumeExport.Application.UnitTests.Templates.GetTemplatePreview;

public sealed class GetTemplatePreviewQueryHandlerTests
{
    private readonly GetTemplatePreviewQueryHandler handler = new(new InMemoryTemplateCatalog());

    [Test]
    public async Task A_catalogue_template_gives_its_picture_with_a_strong_etag_that_differs_per_picture()
    {
        var classic = await handler.Handle(new GetTemplatePreviewQuery("classic"), CancellationToken.None);
        var again = await handler.Handle(new GetTemplatePreviewQuery("classic"), CancellationToken.None);
        var modern = await handler.Handle(new GetTemplatePreviewQuery("modern"), CancellationToken.None);

        Assert.That(classic.Content.Take(4), Is.EqualTo(new byte[] { 0x89, 0x50, 0x4E, 0x47 }));
        Assert.That(classic.ETag, Does.StartWith("\"").And.EndWith("\"").And.EqualTo(again.ETag).And.Not.EqualTo(modern.ETag));
    }

    [Test]
    public void An_unknown_template_is_not_found()
    {
        Assert.ThrowsAsync<NotFoundException>(async () => await handler.Handle(new GetTemplatePreviewQuery("nope"), CancellationToken.None));
    }
}
