namespace ResumeExport.Benchmarks;

/// <summary>
/// <c>deploy/bench/stack.env</c>: settings (<c>KEY=VALUE</c> lines, <c>#</c> comments) the benchmark gives every process of
/// its stack, e.g. limits that would otherwise cap the load phases. A variable already set in the benchmark's own
/// environment wins: the processes inherit that environment, so any setting can be overridden from the command line.
/// </summary>
internal static class StackSettings
{
    public static Dictionary<string, string> Load(string repoRoot)
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        var file = Path.Combine(repoRoot, "deploy", "bench", "stack.env");
        if (!File.Exists(file))
        {
            return settings;
        }

        foreach (var raw in File.ReadLines(file))
        {
            var line = raw.Trim();
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (line.Length == 0 || line.StartsWith('#') || equals <= 0)
            {
                continue;
            }

            var key = line[..equals].Trim();
            if (Environment.GetEnvironmentVariable(key) is null)
            {
                settings[key] = line[(equals + 1)..].Trim();
            }
        }

        return settings;
    }
}
