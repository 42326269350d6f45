using Microsoft.Extensions.Options;
using ResumeExport.Application.Common.Redelivery;

namespace ResumeExport.Application.UnitTests.Fakes;

/// <summary>Redelivery planners: off (quick retries only, the behaviour before decision 36) or with a window.</summary>
internal static class TestRedelivery
{
    public static RedeliveryPlanner Off(TimeProvider clock) => Planner(clock, TimeSpan.Zero);

    public static RedeliveryPlanner Planner(TimeProvider clock, TimeSpan window) =>
        new(Options.Create(new RedeliveryOptions
        {
            InitialDelay = TimeSpan.FromMinutes(1),
            MaxDelay = TimeSpan.FromHours(1),
            JitterRatio = 0,
            Window = window,
        }), clock);
}
