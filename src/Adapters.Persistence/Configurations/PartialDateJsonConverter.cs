using System.Text.Json;
using System.Text.Json.Serialization;
using ResumeExport.Domain.Resumes;

namespace ResumeExport.Adapters.Persistence.Configurations;

/// <summary>
/// A <see cref="PartialDate"/> as the string it was given in (<c>2014</c>, <c>2014-06</c>, <c>2014-06-29</c>); resumes
/// stored when dates were <see cref="DateOnly"/> hold <c>yyyy-MM-dd</c>, which reads back as the same day.
/// </summary>
internal sealed class PartialDateJsonConverter : JsonConverter<PartialDate>
{
    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && PartialDate.TryParse(reader.GetString(), out var date)
            ? date
            : throw new JsonException($"A stored date must be a yyyy, yyyy-MM or yyyy-MM-dd string, not {reader.TokenType}.");

    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
