using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResumeExport.Adapters.Persistence.Migrations;

/// <summary>
/// Every plan has exactly one PlanLimit: backfills missing rows with the free plan's values (nobody gains rights by
/// accident), then deferred triggers check at commit that a plan has its limit and a limit outlives no plan.
/// </summary>
/// <remarks>
/// Hand-written and kept with its ID when the history was squashed (decision 26): SQL the model cannot express. It has
/// no designer file; its target model is the one of <see cref="InitialSchema"/>, which it does not change.
/// </remarks>
[DbContext(typeof(AppDbContext))]
[Migration("20261126011020_PlanLimitIntegrity")]
public partial class PlanLimitIntegrity : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            INSERT INTO plan_limits (plan_code, max_resumes, max_sections_per_resume, daily_exports, daily_upload_bytes,
                                     daily_bulk_applies, max_bulk_apply_recipients, export_retention_days, premium_templates, export_delivery)
            SELECT p.code, 1, 10, 3, 5242880, 1, 5, 7, false, 'Email'
            FROM plans p
            WHERE NOT EXISTS (SELECT 1 FROM plan_limits l WHERE l.plan_code = p.code);

            CREATE FUNCTION plan_must_have_limit() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF EXISTS (SELECT 1 FROM plans WHERE code = NEW.code)
                   AND NOT EXISTS (SELECT 1 FROM plan_limits WHERE plan_code = NEW.code) THEN
                    RAISE EXCEPTION 'plan "%" has no plan_limits row', NEW.code
                        USING ERRCODE = 'integrity_constraint_violation', CONSTRAINT = 'plan_must_have_limit';
                END IF;
                RETURN NULL;
            END $$;

            CREATE CONSTRAINT TRIGGER plan_must_have_limit
                AFTER INSERT OR UPDATE ON plans
                DEFERRABLE INITIALLY DEFERRED
                FOR EACH ROW EXECUTE FUNCTION plan_must_have_limit();

            CREATE FUNCTION plan_limit_must_outlive_plan() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF EXISTS (SELECT 1 FROM plans WHERE code = OLD.plan_code)
                   AND NOT EXISTS (SELECT 1 FROM plan_limits WHERE plan_code = OLD.plan_code) THEN
                    RAISE EXCEPTION 'plan "%" would be left without a plan_limits row', OLD.plan_code
                        USING ERRCODE = 'integrity_constraint_violation', CONSTRAINT = 'plan_limit_must_outlive_plan';
                END IF;
                RETURN NULL;
            END $$;

            CREATE CONSTRAINT TRIGGER plan_limit_must_outlive_plan
                AFTER DELETE OR UPDATE OF plan_code ON plan_limits
                DEFERRABLE INITIALLY DEFERRED
                FOR EACH ROW EXECUTE FUNCTION plan_limit_must_outlive_plan();
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            DROP TRIGGER IF EXISTS plan_limit_must_outlive_plan ON plan_limits;
            DROP FUNCTION IF EXISTS plan_limit_must_outlive_plan();
            DROP TRIGGER IF EXISTS plan_must_have_limit ON plans;
            DROP FUNCTION IF EXISTS plan_must_have_limit();
            """);
    }
}
