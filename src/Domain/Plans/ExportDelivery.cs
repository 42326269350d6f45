namespace ResumeExport.Domain.Plans;

public enum ExportDelivery
{
    /// <summary>The user downloads the PDF.</summary>
    Download = 0,

    /// <summary>The PDF is also e-mailed to the owner (the free plan's way to deliver).</summary>
    Email = 1,
}
