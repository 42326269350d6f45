using ResumeExport.Application.Common.Ports;

namespace ResumeExport.Application.UnitTests.Fakes;

/// <summary>The <c>mock</c> billing provider: allows plan changes and records them.</summary>
internal sealed class FakeBillingProvider : IBillingProvider
{
    public string Name => "mock";

    public bool AllowsPlanChanges { get; set; } = true;

    public List<BillingChange> Changes { get; } = [];

    public Task ApplyChangeAsync(BillingChange change, CancellationToken cancellationToken)
    {
        Changes.Add(change);
        return Task.CompletedTask;
    }
}
