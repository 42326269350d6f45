using System.Text;

namespace ResumeExport.Api.Problems;

/// <summary>Validator and serializer member paths as the client's JSON paths (<c>sections[2].items[0].startDate</c>).</summary>
internal static class JsonPaths
{
    public static string FromPropertyPath(string propertyPath)
    {
        var path = new StringBuilder(propertyPath.Length);
        var startOfSegment = true;
        foreach (var c in propertyPath)
        {
            path.Append(startOfSegment ? char.ToLowerInvariant(c) : c);
            startOfSegment = c is '.' or ']';
        }

        return path.ToString();
    }

    /// <summary><c>$.sections[2].title</c> → <c>sections[2].title</c>; <c>$</c> → <c>body</c>.</summary>
    public static string FromJsonExceptionPath(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : FromPropertyPath(path.TrimStart('$', '.'));
}
