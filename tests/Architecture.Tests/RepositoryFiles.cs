using System.Diagnostics;

namespace ResumeExport.Architecture.Tests;

/// <summary>The repository's root and its tracked text files (git's list, else a walk that skips build output).</summary>
internal static class RepositoryFiles
{
    private static readonly string[] SkippedDirectories = ["bin", "obj", "node_modules", "artifacts", ".git", "TestResults"];

    public static string Root { get; } = FindRoot();

    /// <summary>Every C# source file under <paramref name="directory"/>, build output left out.</summary>
    public static IEnumerable<string> CSharpFiles(string directory) =>
        Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories)
            .Where(file => !Path.GetRelativePath(directory, file).Split(Path.DirectorySeparatorChar).Any(SkippedDirectories.Contains));

    /// <summary>Paths relative to <see cref="Root"/>, with forward slashes, of every file whose start holds no NUL byte.</summary>
    public static IReadOnlyList<string> TextFiles() =>
        (GitListedFiles() ?? WalkedFiles(Root).Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/')))
            .Where(f => !f.Split('/').Any(SkippedDirectories.Contains) && IsText(Path.Combine(Root, f)))
            .Order(StringComparer.Ordinal)
            .ToArray();

    private static IEnumerable<string>? GitListedFiles()
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", "ls-files -z")
            {
                WorkingDirectory = Root,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            });
            if (git is null)
            {
                return null;
            }

            var output = git.StandardOutput.ReadToEnd();
            git.WaitForExit();
            return git.ExitCode == 0 ? output.Split('\0', StringSplitOptions.RemoveEmptyEntries) : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static IEnumerable<string> WalkedFiles(string directory) =>
        Directory.EnumerateFiles(directory).Concat(
            Directory.EnumerateDirectories(directory)
                .Where(d => !SkippedDirectories.Contains(Path.GetFileName(d)))
                .SelectMany(WalkedFiles));

    private static bool IsText(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        using var stream = File.OpenRead(path);
        var buffer = new byte[8192];
        var read = stream.Read(buffer, 0, buffer.Length);
        return Array.IndexOf(buffer, (byte)0, 0, read) < 0;
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ResumeExport.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("ResumeExport.sln not found above " + AppContext.BaseDirectory);
    }
}
