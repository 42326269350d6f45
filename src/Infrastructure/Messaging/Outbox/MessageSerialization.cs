using System.Text.Json;

namespace ResumeExport.Infrastructure.Messaging.Outbox;

internal static class MessageSerialization
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}
