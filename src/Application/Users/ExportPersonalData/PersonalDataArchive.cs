namespace ResumeExport.Application.Users.ExportPersonalData;

/// <summary>The ZIP of everything stored about the caller, and the name to download it under.</summary>
public sealed record PersonalDataArchive(byte[] Content, string FileName);
