using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResumeExport.Adapters.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ResumeBasicsAndLanguage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "basics",
                table: "resumes",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "language",
                table: "resumes",
                type: "character varying(35)",
                maxLength: 35,
                nullable: true);

            // The templates' printed layout changed (the header prints basics; long items break between bullets).
            migrationBuilder.Sql("UPDATE templates SET version = 2 WHERE key IN ('classic', 'modern', 'compact') AND version = 1;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE templates SET version = 1 WHERE key IN ('classic', 'modern', 'compact') AND version = 2;");

            migrationBuilder.DropColumn(
                name: "basics",
                table: "resumes");

            migrationBuilder.DropColumn(
                name: "language",
                table: "resumes");
        }
    }
}
