namespace ResumeExport.Benchmarks;

/// <param name="Ceiling">PuppeteerSharp on warm pages, the better of two rounds.</param>
/// <param name="Peer">Node's puppeteer-core on warm pages, the better of two rounds.</param>
/// <param name="Ours">Our renderer plus local storage (one round).</param>
/// <param name="Document">Pages and bytes of the ceiling's PDF.</param>
/// <param name="OurDocument">Pages and bytes of our renderer's PDF (a few hundred bytes more: the title and author update).</param>
/// <param name="Preview">What a preview costs: nothing on the render path, one drawing of the PDF on its first view.</param>
internal sealed record PrinterResults(
    PhaseResult Ceiling, PhaseResult Peer, PhaseResult Ours, (int Pages, int Bytes) Document, (int Pages, int Bytes) OurDocument, int Concurrency,
    string PeerLibrary, string BrowserVersion, PreviewCost Preview)
{
    /// <summary>Our document writers plus local storage, by format (docx, markdown, text), at <see cref="Concurrency"/>.</summary>
    public IReadOnlyDictionary<string, PhaseResult> Documents { get; init; } = new Dictionary<string, PhaseResult>();

    /// <summary>Bytes of the last document written, by format.</summary>
    public IReadOnlyDictionary<string, int> DocumentBytes { get; init; } = new Dictionary<string, int>();
}
