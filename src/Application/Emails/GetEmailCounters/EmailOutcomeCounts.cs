namespace ResumeExport.Application.Emails.GetEmailCounters;

public sealed record EmailOutcomeCounts(long Sent, long Failed);
