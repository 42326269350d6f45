namespace ResumeExport.Adapters.Rendering;

/// <summary>Why the pool replaced its Chromium: the render count or the memory threshold was reached.</summary>
internal enum BrowserRecycleReason
{
    Renders,
    Memory,
}
