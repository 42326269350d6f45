using System.Text.Json.Nodes;

namespace ResumeExport.Integration.Tests.Hostile;

/// <param name="In"><c>path</c>, <c>query</c> or <c>header</c>.</param>
public sealed record ApiParameter(string Name, string In, JsonNode? Schema);
