namespace ResumeExport.Application.Resumes.Common;

/// <summary>The resume's header as the client sends and receives it.</summary>
public sealed record BasicsDto
{
    public string? Name { get; init; }

    public string? Label { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public LocationDto? Location { get; init; }

    public string? Url { get; init; }

    public IReadOnlyList<ProfileDto>? Profiles { get; init; }
}
