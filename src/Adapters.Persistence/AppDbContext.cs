using Microsoft.EntityFrameworkCore;
using ResumeExport.Adapters.Persistence.Outbox;
using ResumeExport.Adapters.Persistence.Redeliveries;
using ResumeExport.Domain.Emails;
using ResumeExport.Domain.Exports;
using ResumeExport.Domain.Plans;
using ResumeExport.Domain.Resumes;
using ResumeExport.Domain.ShareLinks;
using ResumeExport.Domain.SystemLogs;
using ResumeExport.Domain.Templates;
using ResumeExport.Domain.Users;

namespace ResumeExport.Adapters.Persistence;

public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : DbContext(options)
{
    public DbSet<User> Users => Set<User>();

    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();

    public DbSet<Plan> Plans => Set<Plan>();

    public DbSet<PlanLimit> PlanLimits => Set<PlanLimit>();

    public DbSet<Template> Templates => Set<Template>();

    public DbSet<Resume> Resumes => Set<Resume>();

    public DbSet<ResumeVersion> ResumeVersions => Set<ResumeVersion>();

    public DbSet<SystemLog> SystemLogs => Set<SystemLog>();

    public DbSet<Export> Exports => Set<Export>();

    public DbSet<EmailJob> EmailJobs => Set<EmailJob>();

    public DbSet<ShareLink> ShareLinks => Set<ShareLink>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<RedeliveryMessage> Redeliveries => Set<RedeliveryMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
}
