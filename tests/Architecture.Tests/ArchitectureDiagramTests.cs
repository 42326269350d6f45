namespace ResumeExport.Architecture.Tests;

/// <summary>ARCHITECTURE.md's picture is the one <see cref="ArchitectureDiagram"/> draws from the solution today.</summary>
public sealed class ArchitectureDiagramTests
{
    /// <summary>Set to 1 (by the regenerate command) to write the picture instead of checking it.</summary>
    private const string UpdateVariable = "UPDATE_ARCHITECTURE_DIAGRAM";

    [Test]
    public void The_architecture_picture_matches_the_solution()
    {
        var path = Path.Combine(RepositoryFiles.Root, "ARCHITECTURE.md");
        var document = File.ReadAllText(path);
        var expected = ArchitectureDiagram.Replace(document, ArchitectureDiagram.Generate(RepositoryFiles.Root));

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.That(File.ReadAllText(path), Is.EqualTo(expected),
            $"ARCHITECTURE.md's picture is out of date with the project files or the queues: run `{ArchitectureDiagram.RegenerateCommand}` and commit the result.");
    }

    [Test]
    public void The_picture_shows_every_host_and_every_queue()
    {
        var block = ArchitectureDiagram.Generate(RepositoryFiles.Root);

        Assert.Multiple(() =>
        {
            foreach (var expected in new[] { "process: Api", "process: Workers.Pdf", "process: Workers.Email", "render-export-pdf", "send-export-email", "send-bulk-application", "PostgreSQL" })
            {
                Assert.That(block, Does.Contain(expected));
            }
        });
    }
}
