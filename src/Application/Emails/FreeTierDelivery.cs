namespace ResumeExport.Application.Emails;

public enum FreeTierDelivery
{
    /// <summary>The PDF is attached to the e-mail.</summary>
    Attachment,

    /// <summary>The e-mail links to the download endpoint.</summary>
    Link,
}
