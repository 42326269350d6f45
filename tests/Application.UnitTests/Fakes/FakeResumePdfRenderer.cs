using ResumeExport.Application.Common.Ports.Rendering;


namespace ResumeExport.Application.UnitTests.Fakes;

/// <summary>Returns <see cref="Result"/>, or throws <see cref="Failure"/> when one is set.</summary>
internal sealed class FakeResumePdfRenderer : IResumePdfRenderer
{
    public RenderedPdf Result { get; set; } = new(new byte[2048], PageCount: 2);

    public Exception? Failure { get; set; }

    public List<PdfRenderRequest> Requests { get; } = [];

    public Task<RenderedPdf> RenderAsync(PdfRenderRequest request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        return Failure is null ? Task.FromResult(Result) : Task.FromException<RenderedPdf>(Failure);
    }
}
