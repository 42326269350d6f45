using ResumeExport.Domain.Exports;
using ResumeExport.Domain.Plans;

namespace ResumeExport.Domain.UnitTests.Plans;

/// <summary>Every policy function at limit-1, limit and limit+1 of the seeded free/pro/team limits.</summary>
public sealed class PlanLimitPolicyTests
{
    private const long MiB = 1024L * 1024L;

    private static readonly PlanLimit Free = Limit(PlanCodes.Free);
    private static readonly PlanLimit Pro = Limit(PlanCodes.Pro);

    // ---- exportFormats: a feature, the plan has the format or lacks it.

    [TestCase(PlanCodes.Free, ExportFormats.Pdf, true)]
    [TestCase(PlanCodes.Free, ExportFormats.Markdown, true)]
    [TestCase(PlanCodes.Free, ExportFormats.Text, true)]
    [TestCase(PlanCodes.Free, ExportFormats.Docx, false)]
    [TestCase(PlanCodes.Pro, ExportFormats.Docx, true)]
    [TestCase(PlanCodes.Team, ExportFormats.Docx, true)]
    public void Exporting_a_format_is_allowed_only_when_the_plan_lists_it(string plan, string format, bool allowed) =>
        Assert.That(PlanLimitPolicy.CanExportFormat(Limit(plan), format),
            Is.EqualTo(allowed ? PlanLimitCheck.Ok(PlanLimitNames.ExportFormats, 1, 0) : PlanLimitCheck.Exceeded(PlanLimitNames.ExportFormats, 0, 1)));

    [Test]
    public void A_limit_made_without_formats_allows_the_free_plans_and_orders_given_formats_as_the_api_lists_them()
    {
        var unnamed = PlanLimit.Create("custom", 1, 1, 1, 1, 1, 1, 1, false, ExportDelivery.Download);
        var named = PlanLimit.Create("custom", 1, 1, 1, 1, 1, 1, 1, false, ExportDelivery.Download, [ExportFormats.Text, ExportFormats.Docx, ExportFormats.Text]);

        Assert.Multiple(() =>
        {
            Assert.That(unnamed.ExportFormats, Is.EqualTo(PlanLimit.FreeExportFormats));
            Assert.That(named.ExportFormats, Is.EqualTo(new[] { ExportFormats.Docx, ExportFormats.Text }));
        });
    }

    [Test]
    public void A_limit_naming_an_unknown_format_or_none_is_refused()
    {
        Assert.Throws<ArgumentException>(() => PlanLimit.Create("custom", 1, 1, 1, 1, 1, 1, 1, false, ExportDelivery.Download, ["odt"]));
        Assert.Throws<ArgumentException>(() => PlanLimit.Create("custom", 1, 1, 1, 1, 1, 1, 1, false, ExportDelivery.Download, []));
    }

    // ---- maxResumes: creating one more must stay within the limit.

    [TestCase(PlanCodes.Free, 0, true)]
    [TestCase(PlanCodes.Free, 1, false)]
    [TestCase(PlanCodes.Free, 2, false)]
    [TestCase(PlanCodes.Pro, 19, true)]
    [TestCase(PlanCodes.Pro, 20, false)]
    [TestCase(PlanCodes.Pro, 21, false)]
    [TestCase(PlanCodes.Team, 99, true)]
    [TestCase(PlanCodes.Team, 100, false)]
    [TestCase(PlanCodes.Team, 101, false)]
    public void Creating_a_resume_is_allowed_only_while_the_count_is_below_max_resumes(string plan, int resumes, bool allowed)
    {
        var limit = Limit(plan);

        var check = PlanLimitPolicy.CanCreateResume(limit, PlanUsage.None with { Resumes = resumes });

        Assert.That(check, Is.EqualTo(new PlanLimitCheck(allowed, PlanLimitNames.MaxResumes, limit.MaxResumes, resumes)));
    }

    // ---- maxSectionsPerResume: the count itself must be within the limit.

    [TestCase(PlanCodes.Free, 9, true)]
    [TestCase(PlanCodes.Free, 10, true)]
    [TestCase(PlanCodes.Free, 11, false)]
    [TestCase(PlanCodes.Pro, 19, true)]
    [TestCase(PlanCodes.Pro, 20, true)]
    [TestCase(PlanCodes.Pro, 21, false)]
    [TestCase(PlanCodes.Team, 20, true)]
    [TestCase(PlanCodes.Team, 21, false)]
    public void A_resume_may_have_up_to_max_sections_per_resume_sections(string plan, int sections, bool allowed)
    {
        var limit = Limit(plan);

        var check = PlanLimitPolicy.CanHaveSections(limit, sections);

        Assert.That(check, Is.EqualTo(new PlanLimitCheck(allowed, PlanLimitNames.MaxSectionsPerResume, limit.MaxSectionsPerResume, sections)));
    }

    // ---- premiumTemplates.

    [Test]
    public void A_premium_template_is_refused_on_the_free_plan_with_limit_zero_and_usage_one() =>
        Assert.That(
            PlanLimitPolicy.CanUseTemplate(Free, templateIsPremium: true),
            Is.EqualTo(new PlanLimitCheck(false, PlanLimitNames.PremiumTemplates, 0, 1)));

    [TestCase(PlanCodes.Pro)]
    [TestCase(PlanCodes.Team)]
    public void A_premium_template_is_allowed_on_a_paid_plan(string plan)
    {
        var check = PlanLimitPolicy.CanUseTemplate(Limit(plan), templateIsPremium: true);

        Assert.Multiple(() =>
        {
            Assert.That(check.Allowed, Is.True);
            Assert.That(check.LimitName, Is.EqualTo(PlanLimitNames.PremiumTemplates));
        });
    }

    [TestCase(PlanCodes.Free)]
    [TestCase(PlanCodes.Pro)]
    [TestCase(PlanCodes.Team)]
    public void A_non_premium_template_is_allowed_on_every_plan(string plan) =>
        Assert.That(PlanLimitPolicy.CanUseTemplate(Limit(plan), templateIsPremium: false).Allowed, Is.True);

    // ---- dailyExports: enqueuing one more must stay within the limit.

    [TestCase(PlanCodes.Free, 2, true)]
    [TestCase(PlanCodes.Free, 3, false)]
    [TestCase(PlanCodes.Free, 4, false)]
    [TestCase(PlanCodes.Pro, 49, true)]
    [TestCase(PlanCodes.Pro, 50, false)]
    [TestCase(PlanCodes.Pro, 51, false)]
    [TestCase(PlanCodes.Team, 499, true)]
    [TestCase(PlanCodes.Team, 500, false)]
    [TestCase(PlanCodes.Team, 501, false)]
    public void Enqueuing_an_export_is_allowed_only_while_todays_exports_are_below_daily_exports(string plan, int exportsToday, bool allowed)
    {
        var limit = Limit(plan);

        var check = PlanLimitPolicy.CanEnqueueExport(limit, PlanUsage.None with { ExportsToday = exportsToday });

        Assert.That(check, Is.EqualTo(new PlanLimitCheck(allowed, PlanLimitNames.DailyExports, limit.DailyExports, exportsToday)));
    }

    // ---- dailyUploadBytes before enqueuing: something must be left.

    [TestCase(PlanCodes.Free, 5 * MiB - 1, true)]
    [TestCase(PlanCodes.Free, 5 * MiB, false)]
    [TestCase(PlanCodes.Free, 5 * MiB + 1, false)]
    [TestCase(PlanCodes.Pro, 200 * MiB - 1, true)]
    [TestCase(PlanCodes.Pro, 200 * MiB, false)]
    [TestCase(PlanCodes.Team, 2048 * MiB - 1, true)]
    [TestCase(PlanCodes.Team, 2048 * MiB, false)]
    [TestCase(PlanCodes.Team, 2048 * MiB + 1, false)]
    public void An_export_may_be_queued_only_while_some_of_todays_upload_bytes_are_left(string plan, long bytesToday, bool allowed)
    {
        var limit = Limit(plan);

        var check = PlanLimitPolicy.HasUploadBytesLeft(limit, PlanUsage.None with { UploadBytesToday = bytesToday });

        Assert.That(check, Is.EqualTo(new PlanLimitCheck(allowed, PlanLimitNames.DailyUploadBytes, limit.DailyUploadBytes, bytesToday)));
    }

    // ---- dailyUploadBytes when storing: today's bytes plus the file must fit.

    [TestCase(PlanCodes.Free, 0, 5 * MiB, true)]
    [TestCase(PlanCodes.Free, 0, 5 * MiB + 1, false)]
    [TestCase(PlanCodes.Free, 4 * MiB, MiB - 1, true)]
    [TestCase(PlanCodes.Free, 4 * MiB, MiB, true)]
    [TestCase(PlanCodes.Free, 4 * MiB, MiB + 1, false)]
    [TestCase(PlanCodes.Pro, 200 * MiB - 10, 10, true)]
    [TestCase(PlanCodes.Pro, 200 * MiB - 10, 11, false)]
    [TestCase(PlanCodes.Team, 2048 * MiB - 1, 1, true)]
    [TestCase(PlanCodes.Team, 2048 * MiB - 1, 2, false)]
    public void Storing_a_file_that_exactly_fills_the_allowance_is_allowed_and_one_byte_more_is_refused(string plan, long bytesToday, long fileBytes, bool allowed)
    {
        var limit = Limit(plan);

        var check = PlanLimitPolicy.CanStoreBytes(limit, PlanUsage.None with { UploadBytesToday = bytesToday }, fileBytes);

        Assert.That(check, Is.EqualTo(new PlanLimitCheck(allowed, PlanLimitNames.DailyUploadBytes, limit.DailyUploadBytes, bytesToday)));
    }

    // ---- dailyBulkApplies.

    [TestCase(PlanCodes.Free, 0, true)]
    [TestCase(PlanCodes.Free, 1, false)]
    [TestCase(PlanCodes.Free, 2, false)]
    [TestCase(PlanCodes.Pro, 9, true)]
    [TestCase(PlanCodes.Pro, 10, false)]
    [TestCase(PlanCodes.Pro, 11, false)]
    [TestCase(PlanCodes.Team, 49, true)]
    [TestCase(PlanCodes.Team, 50, false)]
    [TestCase(PlanCodes.Team, 51, false)]
    public void A_bulk_apply_is_allowed_only_while_todays_bulk_applies_are_below_daily_bulk_applies(string plan, int bulkAppliesToday, bool allowed)
    {
        var limit = Limit(plan);

        var check = PlanLimitPolicy.CanBulkApply(limit, PlanUsage.None with { BulkAppliesToday = bulkAppliesToday });

        Assert.That(check, Is.EqualTo(new PlanLimitCheck(allowed, PlanLimitNames.DailyBulkApplies, limit.DailyBulkApplies, bulkAppliesToday)));
    }

    // ---- maxBulkApplyRecipients.

    [TestCase(PlanCodes.Free, 4, true)]
    [TestCase(PlanCodes.Free, 5, true)]
    [TestCase(PlanCodes.Free, 6, false)]
    [TestCase(PlanCodes.Pro, 24, true)]
    [TestCase(PlanCodes.Pro, 25, true)]
    [TestCase(PlanCodes.Pro, 26, false)]
    [TestCase(PlanCodes.Team, 49, true)]
    [TestCase(PlanCodes.Team, 50, true)]
    [TestCase(PlanCodes.Team, 51, false)]
    public void One_bulk_apply_may_reach_up_to_max_bulk_apply_recipients(string plan, int recipients, bool allowed)
    {
        var limit = Limit(plan);

        var check = PlanLimitPolicy.CanSendApplications(limit, recipients);

        Assert.That(check, Is.EqualTo(new PlanLimitCheck(allowed, PlanLimitNames.MaxBulkApplyRecipients, limit.MaxBulkApplyRecipients, recipients)));
    }

    // ---- plan changes.

    [Test]
    public void A_pro_user_with_seven_resumes_moving_to_free_is_over_max_resumes_only()
    {
        var usage = new PlanUsage(Resumes: 7, ExportsToday: 3, UploadBytesToday: 5 * MiB, BulkAppliesToday: 1);

        var over = PlanLimitPolicy.OverLimitsAfterChange(Free, usage);

        Assert.That(over, Is.EqualTo(new[] { new PlanLimitCheck(false, PlanLimitNames.MaxResumes, 1, 7) }));
    }

    [Test]
    public void A_user_exactly_at_every_free_limit_is_over_none_of_them()
    {
        var usage = new PlanUsage(Free.MaxResumes, Free.DailyExports, Free.DailyUploadBytes, Free.DailyBulkApplies);

        Assert.That(PlanLimitPolicy.OverLimitsAfterChange(Free, usage), Is.Empty);
    }

    [Test]
    public void A_user_one_over_every_daily_free_limit_is_reported_over_each_of_them()
    {
        var usage = new PlanUsage(Free.MaxResumes, Free.DailyExports + 1, Free.DailyUploadBytes + 1, Free.DailyBulkApplies + 1);

        var over = PlanLimitPolicy.OverLimitsAfterChange(Free, usage);

        Assert.That(
            over.Select(c => c.LimitName),
            Is.EquivalentTo(new[] { PlanLimitNames.DailyExports, PlanLimitNames.DailyUploadBytes, PlanLimitNames.DailyBulkApplies }));
    }

    [TestCase(PlanCodes.Pro)]
    [TestCase(PlanCodes.Team)]
    public void Upgrading_from_a_free_plan_used_to_the_full_leaves_nothing_over(string target)
    {
        var usage = new PlanUsage(Free.MaxResumes, Free.DailyExports, Free.DailyUploadBytes, Free.DailyBulkApplies);

        Assert.That(PlanLimitPolicy.OverLimitsAfterChange(Limit(target), usage), Is.Empty);
    }

    [Test]
    public void Upgrading_from_a_full_pro_plan_to_team_leaves_nothing_over()
    {
        var usage = new PlanUsage(Pro.MaxResumes, Pro.DailyExports, Pro.DailyUploadBytes, Pro.DailyBulkApplies);

        Assert.That(PlanLimitPolicy.OverLimitsAfterChange(Limit(PlanCodes.Team), usage), Is.Empty);
    }

    // ---- the UTC day.

    [TestCase("2026-11-26T09:30:00+00:00", "2026-11-27T00:00:00+00:00")]
    [TestCase("2026-11-26T23:59:59.9999999+00:00", "2026-11-27T00:00:00+00:00")]
    [TestCase("2026-11-26T00:00:00+00:00", "2026-11-27T00:00:00+00:00")]
    [TestCase("2026-12-31T12:00:00+00:00", "2027-01-01T00:00:00+00:00")]
    [TestCase("2028-02-28T12:00:00+00:00", "2028-02-29T00:00:00+00:00")]
    public void The_daily_limits_reset_at_the_next_utc_midnight(string now, string expected) =>
        Assert.That(PlanLimitPolicy.NextDailyReset(DateTimeOffset.Parse(now)), Is.EqualTo(DateTimeOffset.Parse(expected)).And.Property(nameof(DateTimeOffset.Offset)).EqualTo(TimeSpan.Zero));

    [Test]
    public void A_local_time_whose_utc_instant_is_already_tomorrow_resets_at_the_utc_midnight_after_that()
    {
        // 22:30 in New York on the 26th is 03:30 UTC on the 27th: the UTC day is the 27th, whatever the local calendar says.
        var now = new DateTimeOffset(2026, 11, 26, 22, 30, 0, TimeSpan.FromHours(-5));

        var reset = PlanLimitPolicy.NextDailyReset(now);

        Assert.Multiple(() =>
        {
            Assert.That(reset, Is.EqualTo(new DateTimeOffset(2026, 11, 28, 0, 0, 0, TimeSpan.Zero)));
            Assert.That(reset.Offset, Is.EqualTo(TimeSpan.Zero));
        });
    }

    [Test]
    public void A_local_time_whose_utc_instant_is_still_yesterday_resets_at_the_coming_utc_midnight()
    {
        // 01:00 in Tokyo on the 27th is 16:00 UTC on the 26th.
        var now = new DateTimeOffset(2026, 11, 27, 1, 0, 0, TimeSpan.FromHours(9));

        Assert.That(PlanLimitPolicy.NextDailyReset(now), Is.EqualTo(new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.Zero)));
    }

    [Test]
    public void Today_is_the_half_open_utc_day_containing_now()
    {
        var (start, end) = PlanLimitPolicy.Today(new DateTimeOffset(2026, 11, 26, 9, 30, 0, TimeSpan.Zero));

        Assert.Multiple(() =>
        {
            Assert.That(start, Is.EqualTo(new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero)));
            Assert.That(end, Is.EqualTo(new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.Zero)));
        });
    }

    [Test]
    public void Exactly_at_utc_midnight_today_starts_at_that_instant()
    {
        var midnight = new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.Zero);

        var (start, end) = PlanLimitPolicy.Today(midnight);

        Assert.Multiple(() =>
        {
            Assert.That(start, Is.EqualTo(midnight));
            Assert.That(end, Is.EqualTo(midnight.AddDays(1)));
        });
    }

    [Test]
    public void One_tick_before_utc_midnight_still_belongs_to_the_previous_day()
    {
        var midnight = new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.Zero);

        var (start, end) = PlanLimitPolicy.Today(midnight.AddTicks(-1));

        Assert.Multiple(() =>
        {
            Assert.That(start, Is.EqualTo(midnight.AddDays(-1)));
            Assert.That(end, Is.EqualTo(midnight));
        });
    }

    [Test]
    public void Today_for_a_non_utc_offset_is_the_utc_day_of_that_instant()
    {
        var (start, end) = PlanLimitPolicy.Today(new DateTimeOffset(2026, 11, 26, 22, 30, 0, TimeSpan.FromHours(-5)));

        Assert.Multiple(() =>
        {
            Assert.That(start, Is.EqualTo(new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.Zero)));
            Assert.That(end, Is.EqualTo(new DateTimeOffset(2026, 11, 28, 0, 0, 0, TimeSpan.Zero)));
            Assert.That(start.Offset, Is.EqualTo(TimeSpan.Zero));
        });
    }

    // ---- the check itself.

    [Test]
    public void A_refused_check_carries_the_limit_name_the_limit_and_the_usage_before_the_request()
    {
        var check = PlanLimitPolicy.CanEnqueueExport(Free, PlanUsage.None with { ExportsToday = 3 });

        Assert.Multiple(() =>
        {
            Assert.That(check.Allowed, Is.False);
            Assert.That(check.LimitName, Is.EqualTo("dailyExports"));
            Assert.That(check.Limit, Is.EqualTo(3));
            Assert.That(check.Usage, Is.EqualTo(3));
        });
    }

    [Test]
    public void Throw_if_exceeded_throws_a_plan_limit_exceeded_exception_carrying_the_check()
    {
        var check = PlanLimitPolicy.CanCreateResume(Free, PlanUsage.None with { Resumes = 1 });

        var error = Assert.Throws<PlanLimitExceededException>(check.ThrowIfExceeded);

        Assert.Multiple(() =>
        {
            Assert.That(error.Check, Is.SameAs(check));
            Assert.That(error.Message, Does.Contain("maxResumes").And.Contain("1"));
        });
    }

    [Test]
    public void Throw_if_exceeded_does_nothing_for_an_allowed_check() =>
        Assert.That(() => PlanLimitPolicy.CanCreateResume(Free, PlanUsage.None).ThrowIfExceeded(), Throws.Nothing);

    private static PlanLimit Limit(string code) => DefaultPlans.All.Single(p => p.Code == code).Limit;
}
