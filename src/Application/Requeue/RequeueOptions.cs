namespace ResumeExport.Application.Requeue;

/// <summary>Guardrails on requeueing failed exports and e-mails (docs/api.md#failed-items-and-requeue).</summary>
public sealed class RequeueOptions
{
    public const string SectionName = "Requeue";

    /// <summary>How many times one item may be requeued by hand; past it the answer is 409.</summary>
    public int MaxRetriesPerItem { get; set; } = 3;

    /// <summary>Requeues one user may ask for per <see cref="Window"/> (429 with Retry-After beyond).</summary>
    public int PermitsPerUser { get; set; } = 5;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
