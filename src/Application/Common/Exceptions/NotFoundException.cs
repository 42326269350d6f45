namespace ResumeExport.Application.Common.Exceptions;

/// <summary>Another user's resource is "not found" too, never "forbidden".</summary>
public sealed class NotFoundException : Exception
{
    /// <param name="resource">The resource in the API's words (e.g. "Resume", "E-mail job").</param>
    public NotFoundException(string resource, object id)
        : base($"{resource} '{id}' was not found.") => Resource = resource;

    private NotFoundException(string resource, string message, Exception? innerException)
        : base(message, innerException) => Resource = resource;

    public string Resource { get; }

    /// <summary>Set when the resource exists but lacks what was asked (e.g. <c>preview_unavailable</c>).</summary>
    public string? Code { get; private init; }

    /// <summary>For something with no id to name, e.g. no pending plan change.</summary>
    public static NotFoundException Nothing(string resource, string message) => new(resource, message, null);

    /// <summary>A 404 that says why with a <paramref name="code"/> the client can act on.</summary>
    public static NotFoundException Unavailable(string resource, string code, string message) => new(resource, message, null) { Code = code };
}
