using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResumeExport.Adapters.Persistence.Migrations;

/// <summary>
/// Every committed change of an export's status notifies channel <c>export_status</c> with the export's id, so the API's
/// one listener can wake the status streams watching it (decision 30). A trigger rather than a pg_notify in each use
/// case: it also covers requeues, cleanup and any future writer. NOTIFY is delivered on commit, never on rollback.
/// </summary>
/// <remarks>
/// Hand-written like <see cref="PlanLimitIntegrity"/>: SQL the model cannot express, no designer file, the model unchanged.
/// The <c>[DbContext]</c> and <c>[Migration]</c> attributes are what EF discovers it by. Re-runnable (<c>OR REPLACE</c>,
/// <c>IF EXISTS</c>): a database that ran it under its earlier id (20261207060000) applies it again harmlessly.
/// </remarks>
[DbContext(typeof(AppDbContext))]
[Migration("20261207093000_ExportStatusNotifications")]
public partial class ExportStatusNotifications : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE OR REPLACE FUNCTION notify_export_status() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM pg_notify('export_status', NEW.id::text);
                RETURN NULL;
            END $$;

            DROP TRIGGER IF EXISTS export_status_changed ON exports;
            CREATE TRIGGER export_status_changed
                AFTER UPDATE OF status ON exports
                FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status)
                EXECUTE FUNCTION notify_export_status();
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            DROP TRIGGER IF EXISTS export_status_changed ON exports;
            DROP FUNCTION IF EXISTS notify_export_status();
            """);
    }
}
