namespace ResumeExport.Domain.Exports;

/// <summary>Whether an export may take an earlier export's file instead of rendering (<see cref="FileReusePolicy"/>).</summary>
public enum FileReuseDecision
{
    Reuse,

    /// <summary>No earlier export was found.</summary>
    NoCandidate,

    /// <summary>The candidate is not completed, has no file or has no render key (it predates reuse).</summary>
    NoFile,

    /// <summary>Another user's, another format's or another render key's file: its bytes would differ.</summary>
    DifferentRender,

    /// <summary>Written by another storage driver than the one this worker reads.</summary>
    OtherDriver,

    /// <summary>The candidate expires within <see cref="FileReusePolicy.SafetyMargin"/>: cleanup may be deleting the file.</summary>
    ExpiresTooSoon,
}
