namespace ResumeExport.Application.Exports.Common;

/// <summary>Built from ids only, so no user text reaches a path; one key per export.</summary>
public static class ExportStorageKeys
{
    public static string For(Guid userId, Guid exportId) => $"exports/{userId:N}/{exportId:N}.pdf";

    /// <summary>The export's preview (PNG of page 1), beside its PDF.</summary>
    public static string PreviewFor(Guid userId, Guid exportId) => $"exports/{userId:N}/{exportId:N}.png";
}
