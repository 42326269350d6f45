namespace ResumeExport.Domain.Plans;

public sealed class Plan
{
    private Plan()
    {
    }

    public string Code { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    /// <summary>Monthly price in the smallest currency unit (cents), shown by the billing endpoints.</summary>
    public int MonthlyPriceCents { get; private set; }

    public PlanLimit Limit { get; private set; } = null!;

    public static Plan Create(string code, string name, int monthlyPriceCents, PlanLimit limit) =>
        new() { Code = code, Name = name, MonthlyPriceCents = monthlyPriceCents, Limit = limit };
}
