namespace ResumeExport.Adapters.Rendering;

/// <summary>The emulation the tightening pass last set on one warm page (<see cref="ChromiumPageFitter"/>).</summary>
internal sealed class PageLayoutState
{
    public bool PrintMedia { get; set; }

    public int? ViewportWidth { get; set; }
}
