namespace ResumeExport.Architecture.Tests;

/// <summary>The repository the tests run from, found by the solution file above the test binaries.</summary>
internal static class RepositoryFiles
{
    private static readonly string[] BuildOutputDirectories = ["bin", "obj", "node_modules", "artifacts", ".git", "TestResults"];

    public static string Root { get; } = FindRoot();

    /// <summary>Every C# source file under <paramref name="directory"/>, build output left out.</summary>
    public static IEnumerable<string> CSharpFiles(string directory) =>
        Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories)
            .Where(file => !Path.GetRelativePath(directory, file).Split(Path.DirectorySeparatorChar).Any(BuildOutputDirectories.Contains));

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ResumeExport.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("ResumeExport.sln not found above the test binaries.");
    }
}
