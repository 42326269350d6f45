namespace ResumeExport.Reliability;

/// <summary>One row of the summary table.</summary>
internal sealed record CaseResult(string Name, bool Passed, int Sent, int Completed, int Lost, int Duplicated, TimeSpan? Recovery, IReadOnlyList<string> Notes)
{
    public static CaseResult From(string name, AuditResult audit, TimeSpan? recovery, IEnumerable<string> checkFailures, IEnumerable<string> notes)
    {
        var failures = checkFailures.ToList();
        if (audit.ExportsSent == 0)
        {
            failures.Add("the stream got no export accepted: the fault met no work");
        }

        var allNotes = new List<string>(notes);
        allNotes.AddRange(failures.Select(f => "FAILED CHECK: " + f));
        allNotes.AddRange(audit.Problems.Take(10).Select(p => "audit: " + p));
        if (audit.Problems.Count > 10)
        {
            allNotes.Add($"audit: … and {audit.Problems.Count - 10} more");
        }

        if (audit.StuckOverall.Length > 0)
        {
            allNotes.Add("audit: " + audit.StuckOverall);
        }

        return new CaseResult(name, audit.Clean && failures.Count == 0, audit.Sent, audit.Completed, audit.Lost, audit.Duplicated, recovery, allNotes);
    }
}
