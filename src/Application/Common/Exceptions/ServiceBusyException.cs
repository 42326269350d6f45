namespace ResumeExport.Application.Common.Exceptions;

/// <summary>The request is fine but cannot be taken now (503 with <c>Retry-After</c>); the same request later can succeed.</summary>
public sealed class ServiceBusyException(string code, string message, TimeSpan retryAfter) : Exception(message)
{
    /// <summary>The render queue holds as many exports as it may (decision 34).</summary>
    public const string RenderQueueFull = "render_queue_full";

    public string Code { get; } = code;

    public TimeSpan RetryAfter { get; } = retryAfter;
}
