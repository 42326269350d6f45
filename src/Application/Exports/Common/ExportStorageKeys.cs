namespace ResumeExport.Application.Exports.Common;

/// <summary>Server-made storage keys: only ids, so no user text can reach a path (no traversal), and one key per export.</summary>
public static class ExportStorageKeys
{
    public static string For(Guid userId, Guid exportId) => $"exports/{userId:N}/{exportId:N}.pdf";

    /// <summary>The export's preview (PNG of page 1), beside its PDF.</summary>
    public static string PreviewFor(Guid userId, Guid exportId) => $"exports/{userId:N}/{exportId:N}.png";
}
