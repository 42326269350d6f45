using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResumeExport.Adapters.Persistence.Migrations;

/// <summary>
/// The API replicas' shared rate-limit counters (decision 32): UNLOGGED (no WAL per request; a crash empties it, which
/// only hands every key a fresh window), one row per policy and key, swept once back to a fresh state.
/// </summary>
/// <remarks>
/// Hand-written like <see cref="PlanLimitIntegrity"/>: the table is no entity (the store writes it with one SQL
/// statement), so the model and its snapshot do not change.
/// </remarks>
[DbContext(typeof(AppDbContext))]
[Migration("20261207090000_RateLimitCounters")]
public partial class RateLimitCounters : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE UNLOGGED TABLE rate_limit_counters (
                key        text             NOT NULL PRIMARY KEY,
                tokens     double precision NOT NULL,
                stamp      timestamptz      NOT NULL,
                granted    boolean          NOT NULL,
                expires_at timestamptz      NOT NULL
            );
            CREATE INDEX ix_rate_limit_counters_expires_at ON rate_limit_counters (expires_at);
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP TABLE IF EXISTS rate_limit_counters;");
    }
}
