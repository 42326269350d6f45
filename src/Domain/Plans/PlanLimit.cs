namespace ResumeExport.Domain.Plans;

/// <summary>Exactly one per plan, enforced by deferred constraint triggers.</summary>
public sealed class PlanLimit
{
    private PlanLimit()
    {
    }

    public string PlanCode { get; private set; } = string.Empty;

    public int MaxResumes { get; private set; }

    public int MaxSectionsPerResume { get; private set; }

    public int DailyExports { get; private set; }

    public long DailyUploadBytes { get; private set; }

    public int DailyBulkApplies { get; private set; }

    public int MaxBulkApplyRecipients { get; private set; }

    public int ExportRetentionDays { get; private set; }

    public bool PremiumTemplates { get; private set; }

    public ExportDelivery ExportDelivery { get; private set; }

    /// <summary>How many of a resume's newest versions are kept (<c>maxVersionsKept</c>); pinned ones stay beyond it.</summary>
    public int MaxVersionsKept { get; private set; } = DefaultMaxVersionsKept;

    /// <summary>What a plan keeps when it names nothing else (the free plan's).</summary>
    public const int DefaultMaxVersionsKept = 10;

    /// <summary>Whether the plan may create share links (<c>shareLinks</c>, decision 31).</summary>
    public bool ShareLinks { get; private set; }

    /// <summary>The export formats this plan may produce, in <see cref="Exports.ExportFormats.All"/> order.</summary>
    public IReadOnlyList<string> ExportFormats { get; private set; } = FreeExportFormats;

    /// <summary>What a plan allows when it names nothing else: every format but DOCX (the free plan's).</summary>
    public static IReadOnlyList<string> FreeExportFormats { get; } = [Exports.ExportFormats.Pdf, Exports.ExportFormats.Markdown, Exports.ExportFormats.Text];

    public static PlanLimit Create(
        string planCode,
        int maxResumes,
        int maxSectionsPerResume,
        int dailyExports,
        long dailyUploadBytes,
        int dailyBulkApplies,
        int maxBulkApplyRecipients,
        int exportRetentionDays,
        bool premiumTemplates,
        ExportDelivery exportDelivery,
        IEnumerable<string>? exportFormats = null,
        int maxVersionsKept = DefaultMaxVersionsKept,
        bool shareLinks = false) =>
        new()
        {
            PlanCode = planCode,
            MaxResumes = maxResumes,
            MaxSectionsPerResume = maxSectionsPerResume,
            DailyExports = dailyExports,
            DailyUploadBytes = dailyUploadBytes,
            DailyBulkApplies = dailyBulkApplies,
            MaxBulkApplyRecipients = maxBulkApplyRecipients,
            ExportRetentionDays = exportRetentionDays,
            PremiumTemplates = premiumTemplates,
            ExportDelivery = exportDelivery,
            ExportFormats = Normalized(exportFormats ?? FreeExportFormats),
            MaxVersionsKept = maxVersionsKept >= 1
                ? maxVersionsKept
                : throw new ArgumentOutOfRangeException(nameof(maxVersionsKept), maxVersionsKept, "A plan keeps at least the newest version."),
            ShareLinks = shareLinks,
        };

    public bool AllowsFormat(string format) => ExportFormats.Contains(format, StringComparer.Ordinal);

    /// <exception cref="ArgumentException">An unknown format, or none.</exception>
    private static string[] Normalized(IEnumerable<string> formats)
    {
        var given = formats.ToHashSet(StringComparer.Ordinal);
        if (given.Count == 0 || given.FirstOrDefault(f => !Exports.ExportFormats.IsKnown(f)) is { } unknown)
        {
            throw new ArgumentException($"A plan allows one or more of {string.Join(", ", Exports.ExportFormats.All)}, not '{string.Join(", ", given)}'.", nameof(formats));
        }

        return Exports.ExportFormats.All.Where(given.Contains).ToArray();
    }
}
