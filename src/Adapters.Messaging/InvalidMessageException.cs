namespace ResumeExport.Adapters.Messaging;

/// <summary>A consumed message failed its contract validator. It is never retried: it goes to the error queue with this reason.</summary>
public sealed class InvalidMessageException(string messageType, string reason)
    : Exception($"Invalid {messageType}: {reason}");
