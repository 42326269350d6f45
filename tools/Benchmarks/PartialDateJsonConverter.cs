using System.Text.Json;
using System.Text.Json.Serialization;
using ResumeExport.Domain.Resumes;

namespace ResumeExport.Benchmarks;

/// <summary>A <see cref="PartialDate"/> as the API reads it: <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>.</summary>
internal sealed class PartialDateJsonConverter : JsonConverter<PartialDate>
{
    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        PartialDate.Parse(reader.GetString()!);

    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
