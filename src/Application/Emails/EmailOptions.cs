namespace ResumeExport.Application.Emails;

/// <summary>What the e-mails say and carry (section <c>Email</c>).</summary>
public sealed class EmailOptions
{
    public const string SectionName = "Email";

    /// <summary><c>attachment</c> (default) sends the PDF; <c>link</c> a download link.</summary>
    public FreeTierDelivery FreeTierDelivery { get; set; } = FreeTierDelivery.Attachment;

    /// <summary>Base URL of the API for download links (<c>{base}/api/resumes/exports/{id}/download</c>).</summary>
    public Uri PublicBaseUrl { get; set; } = new("http://127.0.0.1:5080");
}
