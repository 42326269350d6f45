namespace ResumeExport.Templates;

/// <param name="Kind">One of <see cref="ResumeSectionKinds"/>; an unknown kind is printed like <c>custom</c>.</param>
/// <param name="Title">The heading printed above the items.</param>
public sealed record ResumeDocumentSection(string Kind, string Title, IReadOnlyList<ResumeDocumentItem> Items);
