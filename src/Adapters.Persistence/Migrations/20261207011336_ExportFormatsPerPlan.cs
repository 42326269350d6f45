using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResumeExport.Adapters.Persistence.Migrations
{
    /// <summary>
    /// Plan feature <c>exportFormats</c>: which formats a plan may export. Every existing plan gets the free plan's
    /// (pdf, markdown, text), so no plan gains DOCX by accident; then each paid plan (a monthly price above 0, pro and
    /// team as seeded) gets all four, as <c>DefaultPlans</c> seeds them on a new database.
    /// </summary>
    public partial class ExportFormatsPerPlan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string[]>(
                name: "export_formats",
                table: "plan_limits",
                type: "text[]",
                nullable: false,
                defaultValueSql: "ARRAY['pdf','markdown','text']::text[]");

            migrationBuilder.Sql("""
                UPDATE plan_limits l
                SET export_formats = ARRAY['pdf','docx','markdown','text']::text[]
                FROM plans p
                WHERE p.code = l.plan_code AND p.monthly_price_cents > 0;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "export_formats",
                table: "plan_limits");
        }
    }
}
