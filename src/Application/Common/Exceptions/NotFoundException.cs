namespace ResumeExport.Application.Common.Exceptions;

/// <summary>The resource does not exist for this caller. Another user's resource is "not found" too, never "forbidden".</summary>
public sealed class NotFoundException : Exception
{
    /// <param name="resource">The resource in the API's words (e.g. "Resume", "E-mail job").</param>
    public NotFoundException(string resource, object id)
        : base($"{resource} '{id}' was not found.") => Resource = resource;

    private NotFoundException(string resource, string message, Exception? innerException)
        : base(message, innerException) => Resource = resource;

    public string Resource { get; }

    /// <summary>A stable code for a resource that exists but lacks what was asked of it (e.g. <c>preview_unavailable</c>); null otherwise.</summary>
    public string? Code { get; private init; }

    /// <summary>For something that has no id of its own to name, e.g. "There is no pending plan change to cancel.".</summary>
    public static NotFoundException Nothing(string resource, string message) => new(resource, message, null);

    /// <summary>A 404 that says why with a <paramref name="code"/> the client can act on.</summary>
    public static NotFoundException Unavailable(string resource, string code, string message) => new(resource, message, null) { Code = code };
}
