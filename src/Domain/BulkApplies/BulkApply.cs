using ResumeExport.Domain.Common;

namespace ResumeExport.Domain.BulkApplies;

/// <summary>One resume to several openings: one export, one e-mail per unique recipient.</summary>
public sealed class BulkApply
{
    public const int MaxApplications = 50;
    public const int CompanyMaxLength = 120;
    public const int PositionMaxLength = 120;
    public const int MessageMaxLength = 5000;

    private readonly List<BulkApplication> applications = [];

    private BulkApply()
    {
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public Guid ResumeId { get; private set; }

    /// <summary>A reused completed export, or one queued for this bulk apply.</summary>
    public Guid ExportId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyList<BulkApplication> Applications => applications;

    public static BulkApply Start(Guid userId, Guid resumeId, Guid exportId, DateTimeOffset now) =>
        new()
        {
            Id = Guid.CreateVersion7(now),
            UserId = userId,
            ResumeId = resumeId,
            ExportId = exportId,
            CreatedAt = now,
        };

    public BulkApplication AddApplication(string company, string position, string recipientEmail, string? message, Guid emailJobId, DateTimeOffset now)
    {
        if (applications.Count >= MaxApplications)
        {
            throw new DomainException("too_many_applications", $"A bulk apply holds at most {MaxApplications} applications.");
        }

        if (applications.Exists(a => string.Equals(a.RecipientEmail, recipientEmail, StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomainException("duplicate_recipient", $"'{recipientEmail}' is already a recipient of this bulk apply.");
        }

        var application = BulkApplication.Create(Id, applications.Count, company, position, recipientEmail, message, emailJobId, now);
        applications.Add(application);
        return application;
    }

    public BulkApplication? ApplicationFor(Guid emailJobId) => applications.Find(a => a.EmailJobId == emailJobId);
}
