namespace ResumeExport.Reliability;

/// <summary>Reads a replica's log (JSON lines) from an offset taken earlier, while the replica keeps writing it.</summary>
internal static class LogLines
{
    public static int CountSince(string logFile, long offset, string fragment)
    {
        using var stream = new FileStream(logFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        stream.Seek(Math.Min(offset, stream.Length), SeekOrigin.Begin);
        using var reader = new StreamReader(stream);
        var count = 0;
        while (reader.ReadLine() is { } line)
        {
            if (line.Contains(fragment, StringComparison.Ordinal))
            {
                count++;
            }
        }

        return count;
    }
}
