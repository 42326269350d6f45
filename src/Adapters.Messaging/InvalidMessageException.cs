namespace ResumeExport.Adapters.Messaging;

/// <summary>Never retried: the message goes to the error queue with this reason.</summary>
public sealed class InvalidMessageException(string messageType, string reason)
    : Exception($"Invalid {messageType}: {reason}");
