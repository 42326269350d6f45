namespace ResumeExport.Reliability.Cases;

/// <summary>One fault under a steady stream of work, ending with the audit.</summary>
internal interface IReliabilityCase
{
    string Name { get; }

    Task<CaseResult> RunAsync(SuiteContext context, CancellationToken cancellationToken);
}
