namespace ResumeExport.Templates;

/// <param name="Kind">One of <see cref="ResumeSectionKinds"/>; an unknown kind is printed like <c>custom</c>.</param>
/// <param name="Title">The heading printed above the items; empty or the English default of its kind ("Experience"), it
/// prints as that kind's title in the document's language.</param>
public sealed record ResumeDocumentSection(string Kind, string Title, IReadOnlyList<ResumeDocumentItem> Items);
