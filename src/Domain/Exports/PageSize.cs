namespace ResumeExport.Domain.Exports;

public enum PageSize
{
    A4,
    Letter,

    /// <summary>8.5 × 14 in.</summary>
    Legal,
}
