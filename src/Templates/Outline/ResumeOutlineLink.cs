namespace ResumeExport.Templates.Outline;

/// <summary>A piece of text that may also be a link.</summary>
/// <param name="Text">What is printed: the person's label, or the URL shortened for paper ("github.com/jane").</param>
/// <param name="Target">Set only for an absolute http(s) URL; any other scheme (javascript:, file:, data:) stays text.</param>
public sealed record ResumeOutlineLink(string Text, Uri? Target);
