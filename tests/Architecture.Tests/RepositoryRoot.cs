namespace ResumeExport.Architecture.Tests;

/// <summary>The checkout the tests run from: the first directory above the test binaries that holds the solution.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "ResumeExport.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("ResumeExport.sln not found above " + AppContext.BaseDirectory);
    }
}
