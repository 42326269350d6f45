using System.Collections.Frozen;
using ResumeExport.Contracts;

namespace ResumeExport.Adapters.Persistence.Outbox;

/// <summary>Only <c>ResumeExport.Contracts</c> types resolve, so an outbox row can never make the relay load an arbitrary type.</summary>
public static class MessageTypeRegistry
{
    private static readonly FrozenDictionary<string, Type> Types = typeof(RenderExportPdf).Assembly
        .GetExportedTypes()
        .Where(t => t.Namespace == typeof(RenderExportPdf).Namespace && t is { IsClass: true, IsAbstract: false }
            && !t.Name.EndsWith("Validator", StringComparison.Ordinal))
        .ToFrozenDictionary(t => t.FullName!, StringComparer.Ordinal);

    public static string NameOf(Type messageType) =>
        Types.ContainsKey(messageType.FullName ?? string.Empty)
            ? messageType.FullName!
            : throw new ArgumentException($"{messageType} is not a message contract (namespace {typeof(RenderExportPdf).Namespace}).", nameof(messageType));

    public static Type? Resolve(string name) => Types.GetValueOrDefault(name);
}
