namespace ResumeExport.Templates.Outline;

/// <summary>One detail of the header's contact lines: an e-mail address, a phone number, the place, the web site or a profile.</summary>
/// <param name="Text">Printed as written ("GitHub: jane" for a profile, the shortened URL for a web site).</param>
/// <param name="Target">An absolute http(s) URL the detail links to, else null (e-mail addresses and phone numbers are text).</param>
public sealed record ResumeOutlineContact(ResumeOutlineContactKind Kind, string Text, Uri? Target);
