namespace ResumeExport.Adapters.Rendering.Documents;

/// <summary>The type family a Word design sets its text in; each script then gets that family's installed Noto face.</summary>
internal enum WordTypeface
{
    Sans,
    Serif,
}
