namespace ResumeExport.Application.Common.Exceptions;

/// <summary>The resource does not exist for this caller. Another user's resource is "not found" too, never "forbidden".</summary>
public sealed class NotFoundException(string resource, object id)
    : Exception($"{resource} '{id}' was not found.")
{
    public string Resource { get; } = resource;
}
