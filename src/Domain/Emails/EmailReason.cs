namespace ResumeExport.Domain.Emails;

public enum EmailReason
{
    /// <summary>A free-plan export delivered by e-mail to its owner.</summary>
    FreeTierExport,

    /// <summary>One application of a bulk apply, sent to a recruiter.</summary>
    BulkApply,
}
