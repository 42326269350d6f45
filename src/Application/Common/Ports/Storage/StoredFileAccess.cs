namespace ResumeExport.Application.Common.Ports.Storage;

/// <summary>Either <see cref="Content"/> (stream it, <see cref="Length"/> bytes) or <see cref="RedirectUrl"/> (send the client there).</summary>
public sealed record StoredFileAccess(Stream? Content, long? Length, Uri? RedirectUrl)
{
    public static StoredFileAccess Stream(Stream content, long length) => new(content, length, null);

    public static StoredFileAccess Redirect(Uri url) => new(null, null, url);
}
