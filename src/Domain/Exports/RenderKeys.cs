using System.Security.Cryptography;
using System.Text;

namespace ResumeExport.Domain.Exports;

/// <summary>
/// Everything that decides an export file's bytes, hashed: exports with one key may share one file (decision 35).
/// The version's content hash already covers the template, the language and every section's page-break controls.
/// </summary>
public static class RenderKeys
{
    /// <param name="contentSha256">The rendered <see cref="Resumes.ResumeVersion.ContentSha256"/>.</param>
    /// <param name="authorName">The owner's name as the renderer prints it (heading, PDF author).</param>
    /// <param name="authorEmail">The owner's e-mail as the renderer prints it (header).</param>
    /// <param name="rendererRevision">The build that renders: templates, fonts and writers change with it.</param>
    /// <returns>Lower-case hex SHA-256, 64 characters.</returns>
    public static string For(
        string contentSha256, string format, PageSize pageSize, string authorName, string authorEmail, string rendererRevision)
    {
        // Length-prefixed, so no two different inputs join into the same text.
        var text = new StringBuilder("render-key/1");
        foreach (var part in new[] { contentSha256, format, pageSize.ToString(), authorName, authorEmail, rendererRevision })
        {
            text.Append('|').Append(part.Length).Append(':').Append(part);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
