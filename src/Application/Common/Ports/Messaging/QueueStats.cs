namespace ResumeExport.Application.Common.Ports.Messaging;

/// <param name="IsErrorQueue">A MassTransit <c>_error</c> queue: its depth is the dead-letter count.</param>
public sealed record QueueStats(string Name, long Messages, int Consumers, bool IsErrorQueue);
