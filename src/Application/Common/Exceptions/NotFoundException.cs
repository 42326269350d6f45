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

    /// <summary>For something that has no id of its own to name, e.g. "There is no pending plan change to cancel.".</summary>
    public static NotFoundException Nothing(string resource, string message) => new(resource, message, null);
}
