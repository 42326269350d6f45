using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResumeExport.Adapters.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class BulkApplies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "bulk_applies",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    resume_id = table.Column<Guid>(type: "uuid", nullable: false),
                    export_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bulk_applies", x => x.id);
                    table.ForeignKey(
                        name: "fk_bulk_applies_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "email_counters",
                columns: table => new
                {
                    reason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    count = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_email_counters", x => new { x.reason, x.outcome });
                });

            migrationBuilder.CreateTable(
                name: "bulk_applications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    bulk_apply_id = table.Column<Guid>(type: "uuid", nullable: false),
                    ordinal = table.Column<int>(type: "integer", nullable: false),
                    company = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    position = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    recipient_email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    message = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: true),
                    email_job_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bulk_applications", x => x.id);
                    table.ForeignKey(
                        name: "fk_bulk_applications_bulk_apply_bulk_apply_id",
                        column: x => x.bulk_apply_id,
                        principalTable: "bulk_applies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_bulk_applications_email_jobs_email_job_id",
                        column: x => x.email_job_id,
                        principalTable: "email_jobs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_bulk_applications_bulk_apply_id_ordinal",
                table: "bulk_applications",
                columns: new[] { "bulk_apply_id", "ordinal" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_bulk_applications_email_job_id",
                table: "bulk_applications",
                column: "email_job_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_bulk_applies_export_id",
                table: "bulk_applies",
                column: "export_id");

            migrationBuilder.CreateIndex(
                name: "ix_bulk_applies_user_id_created_at",
                table: "bulk_applies",
                columns: new[] { "user_id", "created_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "bulk_applications");

            migrationBuilder.DropTable(
                name: "email_counters");

            migrationBuilder.DropTable(
                name: "bulk_applies");
        }
    }
}
