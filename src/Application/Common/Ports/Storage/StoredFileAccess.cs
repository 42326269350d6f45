namespace ResumeExport.Application.Common.Ports.Storage;

/// <summary>Stream <see cref="Content"/> (<see cref="Length"/> bytes) or redirect to <see cref="RedirectUrl"/>.</summary>
public sealed record StoredFileAccess(Stream? Content, long? Length, Uri? RedirectUrl)
{
    public static StoredFileAccess Stream(Stream content, long length) => new(content, length, null);

    public static StoredFileAccess Redirect(Uri url) => new(null, null, url);
}
