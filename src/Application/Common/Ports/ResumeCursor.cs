namespace ResumeExport.Application.Common.Ports;

/// <summary>Where a page of resumes ended: the last item's update time and id (ties broken by id).</summary>
public sealed record ResumeCursor(DateTimeOffset UpdatedAt, Guid Id);
