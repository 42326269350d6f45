namespace ResumeExport.Benchmarks;

/// <summary>CPU time of all descendants of a process (here: Chromium under the benchmark or the PDF worker). Linux only; zero elsewhere.</summary>
internal static class ChildProcessCpu
{
    public static TimeSpan Of(int rootPid) => ProcessTable.Read().DescendantCpu(rootPid);
}
