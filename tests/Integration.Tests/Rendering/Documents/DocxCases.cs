using ResumeExport.Adapters.Rendering.Documents;
using ResumeExport.Templates;

namespace ResumeExport.Integration.Tests.Rendering.Documents;

/// <summary>Every template × paper × full resume (English, Arabic, Japanese), written as the renderer writes a DOCX.</summary>
internal static class DocxCases
{
    public static IEnumerable<TestCaseData> All() =>
        from template in ResumeTemplates.Keys
        from pageSize in Enum.GetValues<TemplatePageSize>()
        from language in FullResumes.Languages
        select new TestCaseData(template, pageSize, language).SetArgDisplayNames(template, pageSize.ToString(), language);

    public static WordDesign Design(string template) =>
        WordDesigns.TryGet(template, out var design) ? design : throw new ArgumentException($"No Word design for '{template}'.", nameof(template));

    public static byte[] Write(string template, TemplatePageSize pageSize, string language) =>
        DocxResumeWriter.Write(FullResumes.Outline(language), Design(template), pageSize);

    public static string FileName(string template, TemplatePageSize pageSize, string language) => $"{template}-{pageSize}-{language}.docx";
}
