using System.Text;
using ResumeExport.Application.Common.Ports.Rendering;

namespace ResumeExport.Application.UnitTests.Fakes;

/// <summary>Returns the format's name as the document's bytes (or <see cref="Result"/>), or throws <see cref="Failure"/>.</summary>
internal sealed class FakeResumeDocumentRenderer : IResumeDocumentRenderer
{
    public RenderedDocument? Result { get; set; }

    public Exception? Failure { get; set; }

    public List<DocumentRenderRequest> Requests { get; } = [];

    public Task<RenderedDocument> RenderAsync(DocumentRenderRequest request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        return Failure is null
            ? Task.FromResult(Result ?? new RenderedDocument(Encoding.UTF8.GetBytes($"a {request.Format} resume")))
            : Task.FromException<RenderedDocument>(Failure);
    }
}
