namespace ResumeExport.Application.Resumes.Common;

public sealed record ProfileDto
{
    public string? Network { get; init; }

    public string? Username { get; init; }

    public string? Url { get; init; }
}
