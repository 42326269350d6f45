using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResumeExport.Adapters.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class RenderReuse : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "render_key",
                table: "exports",
                type: "character(64)",
                fixedLength: true,
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "reused_from_export_id",
                table: "exports",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_exports_render_key",
                table: "exports",
                columns: new[] { "user_id", "render_key" },
                filter: "status = 'Completed' AND render_key IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_exports_storage_key",
                table: "exports",
                column: "storage_key",
                filter: "storage_key IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_exports_render_key",
                table: "exports");

            migrationBuilder.DropIndex(
                name: "ix_exports_storage_key",
                table: "exports");

            migrationBuilder.DropColumn(
                name: "render_key",
                table: "exports");

            migrationBuilder.DropColumn(
                name: "reused_from_export_id",
                table: "exports");
        }
    }
}
