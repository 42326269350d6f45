using System.Diagnostics;
using System.Globalization;

namespace ResumeExport.Reliability;

/// <summary>Linux process helpers over /proc and kill(1): children of a process, and signals by pid.</summary>
internal static class ProcessTree
{
    /// <summary>The first direct child of <paramref name="parentPid"/> whose command name is <paramref name="name"/>.</summary>
    public static int? ChildNamed(int parentPid, string name)
    {
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            try
            {
                // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may contain spaces, so split after the last ')'.
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                var close = stat.LastIndexOf(')');
                var comm = stat[(stat.IndexOf('(') + 1)..close];
                var fields = stat[(close + 2)..].Split(' ');
                if (int.Parse(fields[1], CultureInfo.InvariantCulture) == parentPid && comm == name)
                {
                    return pid;
                }
            }
            catch (IOException)
            {
                // the process went away while we looked
            }
        }

        return null;
    }

    public static bool IsAlive(int pid) => Directory.Exists($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}");

    public static void Signal(int pid, string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", [$"-{signal}", pid.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false })
            ?? throw new InvalidOperationException("kill did not start.");
        kill.WaitForExit();
    }
}
