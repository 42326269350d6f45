using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace ResumeExport.Domain.Resumes;

/// <summary>
/// What a resume says, without its bookkeeping (id, owner, default flag, times): the part a version keeps and hashes.
/// A value object.
/// </summary>
/// <remarks>
/// The canonical form (docs/api.md#versions, decision 29) is UTF-8 JSON without whitespace: one object with the stored
/// properties of the content and of every nested value (read-only, computed ones such as <c>hasContent</c> left out),
/// names camelCase and sorted ordinally at every level, nulls left out, empty lists kept as <c>[]</c>, enums as their
/// camelCase names, dates as given (<c>2014</c>, <c>2014-06</c>, <c>2014-06-29</c>), non-ASCII text as UTF-8 rather
/// than <c>\u</c> escapes. <see cref="Sha256"/> is the lower-case hex SHA-256 of those bytes.
/// </remarks>
public sealed record ResumeContent(
    string Title, string TemplateKey, string? Language, ResumeBasics? Basics, IReadOnlyList<ResumeSection> Sections)
{
    private static readonly JsonSerializerOptions Canonical = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase), new CanonicalPartialDateConverter() },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { StoredPropertiesSortedByName } },
    };

    /// <summary>The canonical bytes (see remarks): equal content gives equal bytes, whatever built it.</summary>
    public byte[] CanonicalJson() => JsonSerializer.SerializeToUtf8Bytes(this, Canonical);

    /// <summary>Lower-case hex SHA-256 of <see cref="CanonicalJson"/>.</summary>
    public string Sha256() => Convert.ToHexStringLower(SHA256.HashData(CanonicalJson()));

    /// <summary>Whether both say the same, compared by their canonical form (lists by value, not by reference).</summary>
    public bool SameAs(ResumeContent other) => CanonicalJson().AsSpan().SequenceEqual(other.CanonicalJson());

    private static void StoredPropertiesSortedByName(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        // Computed getters (HasContent, FirstDay…) are not content; the order must not follow the source file.
        var stored = type.Properties.Where(p => p.Set is not null).OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
        type.Properties.Clear();
        for (var i = 0; i < stored.Count; i++)
        {
            stored[i].Order = i;
            type.Properties.Add(stored[i]);
        }
    }

    /// <summary>A date as the string it was given in, the one form a version's bytes use for it.</summary>
    private sealed class CanonicalPartialDateConverter : JsonConverter<PartialDate>
    {
        public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            PartialDate.TryParse(reader.GetString(), out var date) ? date : throw new JsonException("A date is a yyyy, yyyy-MM or yyyy-MM-dd string.");

        public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
    }
}
