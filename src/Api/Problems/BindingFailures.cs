using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Metadata;

namespace ResumeExport.Api.Problems;

/// <summary>
/// Explains binding failures in the API's words, not the framework's CLR-type messages, by re-parsing the route and
/// query values and checking for a missing body.
/// </summary>
internal static class BindingFailures
{
    public const string BodyRequired = "A JSON body is required.";

    /// <summary>The unbound fields, each with what it must be; <c>body</c> when the body is the problem.</summary>
    /// <remarks>The exception handler has cleared the endpoint and route values, so they come from <see cref="IExceptionHandlerFeature"/>.</remarks>
    public static Dictionary<string, string[]> Describe(HttpContext context)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var failed = context.Features.Get<IExceptionHandlerFeature>();
        var endpoint = failed?.Endpoint ?? context.GetEndpoint();
        var routeValues = failed?.RouteValues ?? context.Request.RouteValues;
        foreach (var parameter in endpoint?.Metadata.GetMetadata<MethodInfo>()?.GetParameters() ?? [])
        {
            var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
            if (parameter.Name is not { } name || WhatItMustBe(type) is not { } expectation || RawValue(context.Request.Query, routeValues, name) is not { } raw)
            {
                continue;
            }

            if (!Parses(type, raw))
            {
                errors[name] = [$"'{name}' must be {expectation}."];
            }
        }

        if (errors.Count == 0 && endpoint?.Metadata.GetMetadata<IAcceptsMetadata>() is not null)
        {
            errors["body"] = [BodyRequired];
        }

        return errors;
    }

    private static string? RawValue(IQueryCollection query, RouteValueDictionary? routeValues, string name)
    {
        if (routeValues is not null && routeValues.TryGetValue(name, out var routeValue) && routeValue is string route)
        {
            return route;
        }

        foreach (var (key, values) in query)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return values.Count == 1 ? values[0] : string.Join(',', values.ToArray());
            }
        }

        return null;
    }

    /// <summary>What a route or query value must be, in the API's words; null for text.</summary>
    public static string? WhatItMustBe(Type type) =>
        type == typeof(Guid) ? "a UUID"
        : type == typeof(int) || type == typeof(long) ? "a whole number"
        : type == typeof(bool) ? "true or false"
        : type == typeof(DateTimeOffset) ? "an ISO 8601 date and time"
        : null;

    private static bool Parses(Type type, string raw) =>
        type == typeof(Guid) ? Guid.TryParse(raw, out _)
        : type == typeof(int) ? raw.Length == 0 || int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
        : type == typeof(long) ? raw.Length == 0 || long.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
        : type == typeof(bool) ? raw.Length == 0 || bool.TryParse(raw, out _)
        : type != typeof(DateTimeOffset) || raw.Length == 0 || DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, out _);
}
