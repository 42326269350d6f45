using System.Text.Json;

namespace ResumeExport.Adapters.Persistence.Outbox;

internal static class MessageSerialization
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}
