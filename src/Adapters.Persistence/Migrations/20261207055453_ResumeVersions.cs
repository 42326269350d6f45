using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResumeExport.Adapters.Persistence.Migrations
{
    /// <summary>
    /// Resume versions (decision 29): the table, <c>resumes.latest_version</c>, the plan limit <c>max_versions_kept</c>
    /// (10 unless the plan is pro, 100, or team, 500, as <c>DefaultPlans</c> seeds them), what each export rendered and
    /// stored and what each bulk application sent. Every existing resume gets its current content as version 1, with
    /// <c>content_sha256</c> left null: the canonical form is the application's serialisation, so the application
    /// computes that hash from the row (<c>ResumeVersion.ContentSha256</c>) rather than SQL imitating it.
    /// </summary>
    public partial class ResumeVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "latest_version",
                table: "resumes",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "max_versions_kept",
                table: "plan_limits",
                type: "integer",
                nullable: false,
                defaultValue: 10);

            migrationBuilder.Sql("""
                UPDATE plan_limits SET max_versions_kept = 100 WHERE plan_code = 'pro';
                UPDATE plan_limits SET max_versions_kept = 500 WHERE plan_code = 'team';
                """);

            migrationBuilder.AddColumn<string>(
                name: "file_sha256",
                table: "exports",
                type: "character(64)",
                fixedLength: true,
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "resume_version",
                table: "exports",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "sent_export_id",
                table: "bulk_applications",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "sent_file_sha256",
                table: "bulk_applications",
                type: "character(64)",
                fixedLength: true,
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "sent_resume_version",
                table: "bulk_applications",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "resume_versions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    resume_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    title = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    template_key = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    language = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: true),
                    basics = table.Column<string>(type: "jsonb", nullable: true),
                    sections = table.Column<string>(type: "jsonb", nullable: false),
                    content_sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_resume_versions", x => x.id);
                    table.ForeignKey(
                        name: "fk_resume_versions_resumes_resume_id",
                        column: x => x.resume_id,
                        principalTable: "resumes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_resume_versions_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_exports_resume_id_resume_version",
                table: "exports",
                columns: new[] { "resume_id", "resume_version" },
                filter: "resume_version IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_resume_versions_resume_id_version",
                table: "resume_versions",
                columns: new[] { "resume_id", "version" },
                unique: true,
                descending: new[] { false, true });

            migrationBuilder.CreateIndex(
                name: "ix_resume_versions_user_id",
                table: "resume_versions",
                column: "user_id");

            // The same jsonb documents the resume holds, so the version reads back exactly the resume's content.
            migrationBuilder.Sql("""
                INSERT INTO resume_versions (id, resume_id, user_id, version, created_at, title, template_key, language, basics, sections, content_sha256)
                SELECT gen_random_uuid(), r.id, r.user_id, 1, r.updated_at, r.title, r.template_key, r.language, r.basics, r.sections, NULL
                FROM resumes r;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "resume_versions");

            migrationBuilder.DropIndex(
                name: "ix_exports_resume_id_resume_version",
                table: "exports");

            migrationBuilder.DropColumn(
                name: "latest_version",
                table: "resumes");

            migrationBuilder.DropColumn(
                name: "max_versions_kept",
                table: "plan_limits");

            migrationBuilder.DropColumn(
                name: "file_sha256",
                table: "exports");

            migrationBuilder.DropColumn(
                name: "resume_version",
                table: "exports");

            migrationBuilder.DropColumn(
                name: "sent_export_id",
                table: "bulk_applications");

            migrationBuilder.DropColumn(
                name: "sent_file_sha256",
                table: "bulk_applications");

            migrationBuilder.DropColumn(
                name: "sent_resume_version",
                table: "bulk_applications");
        }
    }
}
