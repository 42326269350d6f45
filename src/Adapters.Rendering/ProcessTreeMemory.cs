using System.Globalization;

namespace ResumeExport.Adapters.Rendering;

/// <summary>
/// RSS of a process and all its descendants, from Linux's <c>/proc</c>: Chromium's browser process forks its zygote,
/// GPU, network and renderer processes, and what grows is spread over them. Shared pages count once per process, as
/// operators' tools (<c>ps</c>, <c>top</c>) show it. Null where <c>/proc</c> does not exist or the process is gone.
/// </summary>
internal static class ProcessTreeMemory
{
    public static long? RssBytes(int rootProcessId)
    {
        if (!Directory.Exists($"/proc/{rootProcessId}"))
        {
            return null;
        }

        var children = new Dictionary<int, List<int>>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && ParentOf(pid) is { } parent)
            {
                if (!children.TryGetValue(parent, out var list))
                {
                    children[parent] = list = [];
                }

                list.Add(pid);
            }
        }

        long total = 0;
        var pending = new Stack<int>([rootProcessId]);
        while (pending.TryPop(out var pid))
        {
            total += ResidentBytes(pid);
            foreach (var child in children.GetValueOrDefault(pid) ?? [])
            {
                pending.Push(child);
            }
        }

        return total;
    }

    /// <summary>The 4th field of <c>/proc/pid/stat</c>, read after the command name's closing parenthesis (a name may hold spaces).</summary>
    private static int? ParentOf(int pid)
    {
        var stat = ReadQuietly($"/proc/{pid}/stat");
        var end = stat?.LastIndexOf(')') ?? -1;
        if (stat is null || end < 0)
        {
            return null;
        }

        var fields = stat[(end + 2)..].Split(' ');
        return fields.Length > 1 && int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var parent) ? parent : null;
    }

    /// <summary>The 2nd field of <c>/proc/pid/statm</c>: resident pages.</summary>
    private static long ResidentBytes(int pid)
    {
        var fields = ReadQuietly($"/proc/{pid}/statm")?.Split(' ');
        return fields is { Length: > 1 } && long.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var pages)
            ? pages * Environment.SystemPageSize
            : 0;
    }

    private static string? ReadQuietly(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The process ended while the tree was read.
            return null;
        }
    }
}
