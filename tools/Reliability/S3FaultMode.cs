namespace ResumeExport.Reliability;

/// <summary>What <see cref="S3FaultProxy"/> does with the requests it gets.</summary>
internal enum S3FaultMode
{
    Pass,
    Error500,
    Error503,
    Error503RetryAfter,
    Stall,
}
