using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResumeExport.Application.Common.Ports.Identity;
using ResumeExport.Application.Common.Ports.Templates;
using ResumeExport.Domain.Plans;
using ResumeExport.Domain.Users;

namespace ResumeExport.Adapters.Persistence.Seeding;

/// <summary>Migrates, seeds plans and templates (<see cref="ITemplateCatalog"/>), and on request demo accounts.</summary>
public sealed partial class DatabaseInitializer(
    AppDbContext db,
    IPasswordHasher passwordHasher,
    ITemplateCatalog templates,
    IOptions<DatabaseOptions> options,
    TimeProvider clock,
    ILogger<DatabaseInitializer> logger)
{
    public const string DemoUserEmail = "demo@resumeexport.local";
    public const string DemoAdminEmail = "admin@resumeexport.local";
    public const string DemoPassword = "Demo-password-1";

    /// <summary>Not registered: only the API has the password hasher and catalogue it needs.</summary>
    public static DatabaseInitializer Create(IServiceProvider services) => ActivatorUtilities.CreateInstance<DatabaseInitializer>(services);

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await SquashedMigrationHistory.MoveOntoTheSquashedChainAsync(db, cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        await SeedReferenceDataAsync(cancellationToken);
        if (options.Value.SeedDemoData)
        {
            await SeedDemoAccountsAsync(cancellationToken);
        }
    }

    public async Task SeedReferenceDataAsync(CancellationToken cancellationToken)
    {
        var existingPlans = await db.Plans.Select(p => p.Code).ToListAsync(cancellationToken);
        db.Plans.AddRange(DefaultPlans.All.Where(p => !existingPlans.Contains(p.Code))
            .Select(p => Plan.Create(p.Code, p.Name, p.MonthlyPriceCents, CopyOf(p.Limit))));

        var existingTemplates = await db.Templates.Select(t => t.Key).ToListAsync(cancellationToken);
        db.Templates.AddRange((await templates.ListAsync(cancellationToken)).Where(t => !existingTemplates.Contains(t.Key)));

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedDemoAccountsAsync(CancellationToken cancellationToken)
    {
        foreach (var (email, name, admin) in new[] { (DemoUserEmail, "Demo User", false), (DemoAdminEmail, "Demo Admin", true) })
        {
            var address = EmailAddress.Parse(email);
            if (await db.Users.AnyAsync(u => u.NormalizedEmail == address.Normalized, cancellationToken))
            {
                continue;
            }

            var user = User.Register(address, passwordHasher.Hash(DemoPassword), name, clock.GetUtcNow());
            if (admin)
            {
                user.PromoteToAdmin();
            }

            db.Users.Add(user);
            LogDemoAccount(email);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    // The defaults are shared static instances; EF must track fresh copies.
    private static PlanLimit CopyOf(PlanLimit l) => PlanLimit.Create(
        l.PlanCode, l.MaxResumes, l.MaxSectionsPerResume, l.DailyExports, l.DailyUploadBytes, l.DailyBulkApplies,
        l.MaxBulkApplyRecipients, l.ExportRetentionDays, l.PremiumTemplates, l.ExportDelivery, l.ExportFormats, l.MaxVersionsKept, l.ShareLinks);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded demo account {Email}")]
    private partial void LogDemoAccount(string email);
}
