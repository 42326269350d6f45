using Microsoft.Extensions.Options;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Plans;
using ResumeExport.Application.Resumes.Common;
using ResumeExport.Application.UnitTests.Fakes;
using ResumeExport.Application.Users.GetPlanUsage;
using ResumeExport.Domain.Plans;
using ResumeExport.Domain.Users;

namespace ResumeExport.Application.UnitTests.Users.GetPlanUsage;

/// <remarks>One instance per test: the fakes in the fields hold state.</remarks>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class GetPlanUsageQueryHandlerTests
{
    private const long MiB = 1024L * 1024L;

    private readonly HandlerFixture fakes = new();
    private User ana = null!;

    [SetUp]
    public void SetUp()
    {
        ana = fakes.SignIn();
    }

    [Test]
    public async Task Shows_the_plan_its_limits_the_usage_and_what_is_left()
    {
        fakes.Usage.Usage = new PlanUsage(Resumes: 1, ExportsToday: 2, UploadBytesToday: MiB, BulkAppliesToday: 0);

        var response = await Handle();

        Assert.Multiple(() =>
        {
            Assert.That(response.PlanCode, Is.EqualTo("free"));
            Assert.That(response.PlanName, Is.EqualTo("Free"));
            Assert.That(response.Limits, Is.EqualTo(PlanLimitDto.From(InMemoryPlanCatalog.LimitOf(PlanCodes.Free))));
            Assert.That(response.Limits.ExportDelivery, Is.EqualTo("email"));
            Assert.That(response.Usage, Is.EqualTo(new PlanUsageDto(1, 2, MiB, 0)));
            Assert.That(response.Remaining, Is.EqualTo(new PlanUsageDto(0, 1, 4 * MiB, 1)));
        });
    }

    [Test]
    public async Task Remaining_is_never_negative_for_a_user_over_the_limits_after_a_downgrade()
    {
        fakes.Usage.Usage = new PlanUsage(Resumes: 7, ExportsToday: 10, UploadBytesToday: 50 * MiB, BulkAppliesToday: 4);

        var response = await Handle();

        Assert.Multiple(() =>
        {
            Assert.That(response.Usage, Is.EqualTo(new PlanUsageDto(7, 10, 50 * MiB, 4)));
            Assert.That(response.Remaining, Is.EqualTo(new PlanUsageDto(0, 0, 0, 0)));
        });
    }

    [Test]
    public async Task A_pro_user_sees_the_pro_limits_with_download_delivery()
    {
        ana.MoveToPlan(PlanCodes.Pro);

        var response = await Handle();

        Assert.Multiple(() =>
        {
            Assert.That(response.PlanCode, Is.EqualTo("pro"));
            Assert.That(response.Limits.ExportDelivery, Is.EqualTo("download"));
            Assert.That(response.Remaining, Is.EqualTo(new PlanUsageDto(20, 50, 200 * MiB, 10)));
        });
    }

    [Test]
    public async Task The_daily_figures_reset_at_the_next_utc_midnight_of_the_clock()
    {
        var response = await Handle(TestClock.At(new DateTimeOffset(2026, 11, 26, 23, 59, 59, TimeSpan.Zero)));

        Assert.Multiple(() =>
        {
            Assert.That(response.ResetsAt, Is.EqualTo(new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.Zero)));
            Assert.That(response.ResetsAt.Offset, Is.EqualTo(TimeSpan.Zero));
            Assert.That(fakes.Usage.AskedAt, Is.EqualTo(new[] { new DateTimeOffset(2026, 11, 26, 23, 59, 59, TimeSpan.Zero) }));
        });
    }

    [Test]
    public async Task At_exactly_utc_midnight_the_reset_is_a_full_day_away()
    {
        var midnight = new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.Zero);

        var response = await Handle(TestClock.At(midnight));

        Assert.That(response.ResetsAt, Is.EqualTo(midnight.AddDays(1)));
    }

    [Test]
    public async Task The_section_cap_shown_is_the_installations_when_it_is_lower_than_the_plans()
    {
        var response = await Handle(maxSections: 6);

        Assert.Multiple(() =>
        {
            Assert.That(response.Limits.MaxSectionsPerResume, Is.EqualTo(6));
            Assert.That(response.Limits with { MaxSectionsPerResume = 10 }, Is.EqualTo(PlanLimitDto.From(InMemoryPlanCatalog.LimitOf(PlanCodes.Free))));
        });
    }

    [Test]
    public void A_signed_in_user_who_no_longer_exists_is_not_found()
    {
        fakes.CurrentUser.UserId = Guid.NewGuid();

        var error = Assert.ThrowsAsync<NotFoundException>(() => Handle());

        Assert.That(error.Resource, Is.EqualTo("User"));
    }

    private async Task<PlanUsageResponse> Handle(TimeProvider? clock = null, int maxSections = ResumeOptions.DefaultMaxSections) =>
        await new GetPlanUsageQueryHandler(
                fakes.CurrentUser, fakes.Users, new InMemoryPlanCatalog(), fakes.Usage, Options.Create(new ResumeOptions { MaxSections = maxSections }), clock ?? TestClock.At())
            .Handle(new GetPlanUsageQuery(), CancellationToken.None);
}
