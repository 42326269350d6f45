using ResumeExport.Domain.Exports;

namespace ResumeExport.Application.Exports.Common;

/// <summary>Built from ids only, so no user text reaches a path; one key per export.</summary>
public static class ExportStorageKeys
{
    /// <summary>The export's file, named by its format's extension (<see cref="ExportFormats.ExtensionOf"/>).</summary>
    public static string For(Guid userId, Guid exportId, string format = ExportFormats.Pdf) =>
        $"exports/{userId:N}/{exportId:N}.{ExportFormats.ExtensionOf(format)}";

    /// <summary>A PDF export's preview (PNG of page 1), beside the PDF.</summary>
    public static string PreviewFor(Guid userId, Guid exportId) => $"exports/{userId:N}/{exportId:N}.png";
}
