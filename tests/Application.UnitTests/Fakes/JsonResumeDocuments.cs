using System.Text.Json;
using System.Text.Json.Nodes;

namespace ResumeExport.Application.UnitTests.Fakes;

/// <summary>The JSON Resume documents vendored from npm @jsonresume/schema (tests/TestData/JsonResume).</summary>
internal static class JsonResumeDocuments
{
    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "TestData", "JsonResume");

    public static IEnumerable<string> Names =>
        new[] { "sample.resume.json" }.Concat(System.IO.Directory.GetFiles(Path.Combine(Directory, "examples")).Select(f => Path.Combine("examples", Path.GetFileName(f))).Order());

    public static JsonNode Node(string name = "sample.resume.json") => JsonNode.Parse(File.ReadAllText(Path.Combine(Directory, name)))!;

    public static JsonElement Element(JsonNode node) => JsonSerializer.SerializeToElement(node);
}
