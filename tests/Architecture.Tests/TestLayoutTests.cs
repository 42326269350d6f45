using System.Text.RegularExpressions;

namespace ResumeExport.Architecture.Tests;

/// <summary>
/// The tests mirror src: a unit-test project is named for the project it tests (<c>Domain.UnitTests</c> for
/// <c>src/Domain</c>) and its folders are that project's folders, every namespace follows its folder, domain tests live
/// in Domain.UnitTests, and the integration suite's stand-ins (servers, fakes, stubs, capturing doubles) live in one folder.
/// </summary>
public sealed partial class TestLayoutTests
{
    /// <summary>Folders of test helpers, not of tests: they have no counterpart in src.</summary>
    private static readonly string[] HelperFolders = ["Fakes"];

    private static readonly string TestsRoot = Path.Combine(RepositoryFiles.Root, "tests");

    [Test]
    public void No_domain_test_lives_in_the_application_unit_tests() =>
        Assert.That(
            Namespaces("Application.UnitTests").Where(n => n.Namespace.Split('.').Contains("Domain")).Select(n => n.File),
            Is.Empty,
            "Domain tests belong in tests/Domain.UnitTests.");

    [Test]
    public void Every_folder_of_a_unit_test_project_is_a_folder_of_the_project_it_tests()
    {
        var offenders = MirroredProjects()
            .SelectMany(p => TestFolders(p.Tests).Where(f => !Directory.Exists(Path.Combine(p.Source, f))).Select(f => $"tests/{Path.GetFileName(p.Tests)}/{f}"))
            .ToList();

        Assert.That(offenders, Is.Empty, "Test folders with no src counterpart:" + Environment.NewLine + ProjectAssemblies.Describe(offenders));
    }

    [Test]
    public void The_unit_test_projects_mirror_the_domain_the_application_and_the_templates() =>
        Assert.That(
            MirroredProjects().Select(p => Path.GetFileName(p.Tests)),
            Is.SupersetOf(new[] { "Domain.UnitTests", "Application.UnitTests", "Templates.Tests" }));

    [Test]
    public void Every_test_namespace_follows_its_folder()
    {
        var offenders = TestProjects()
            .SelectMany(p => Namespaces(Path.GetFileName(p)).Where(n => n.Namespace != ExpectedNamespace(p, n.File)).Select(n => $"{n.File}: {n.Namespace}"))
            .ToList();

        Assert.That(offenders, Is.Empty, "Namespaces that do not follow their folder:" + Environment.NewLine + ProjectAssemblies.Describe(offenders));
    }

    [Test]
    public void The_integration_tests_declare_their_doubles_only_under_doubles()
    {
        var project = Path.Combine(TestsRoot, "Integration.Tests");
        var offenders = RepositoryFiles.CSharpFiles(project)
            .Where(file => Path.GetRelativePath(project, file).Split(Path.DirectorySeparatorChar)[0] != "Doubles")
            .SelectMany(file => TypeDeclaration().Matches(File.ReadAllText(file))
                .Select(m => m.Groups["name"].Value)
                .Where(IsDoubleName)
                .Select(name => $"{Path.GetRelativePath(RepositoryFiles.Root, file)}: {name}"))
            .ToList();

        Assert.That(offenders, Is.Empty, "Doubles outside tests/Integration.Tests/Doubles:" + Environment.NewLine + ProjectAssemblies.Describe(offenders));
    }

    [TestCase("CapturingSmtpServer", true)]
    [TestCase("S3TestServer", true)]
    [TestCase("FakeClock", true)]
    [TestCase("ClockFake", true)]
    [TestCase("StubRenderer", true)]
    [TestCase("RendererStub", true)]
    [TestCase("MailDouble", true)]
    [TestCase("OtlpReceiver", true)]
    [TestCase("ExportPipelineTests", false)]
    [TestCase("ApiFixture", false)]
    [TestCase("ServerSettings", false)]
    public void The_rule_tells_a_double_by_its_name(string name, bool isDouble) =>
        Assert.That(IsDoubleName(name), Is.EqualTo(isDouble));

    private static bool IsDoubleName(string name) => DoubleName().IsMatch(name);

    private static IEnumerable<string> TestProjects() =>
        Directory.EnumerateDirectories(TestsRoot).Where(d => Directory.EnumerateFiles(d, "*.csproj").Any()).Order(StringComparer.Ordinal);

    /// <summary>Test projects named for a src project (<c>X.UnitTests</c> or <c>X.Tests</c> for <c>src/X</c>), with that project's folder.</summary>
    private static IEnumerable<(string Tests, string Source)> MirroredProjects() =>
        TestProjects()
            .Select(p => (Tests: p, Source: Path.Combine(RepositoryFiles.Root, "src", TestedProject().Replace(Path.GetFileName(p), string.Empty))))
            .Where(p => Directory.Exists(p.Source) && Path.GetFileName(p.Source) != Path.GetFileName(p.Tests));

    /// <summary>Every folder holding a C# file, relative to the project, helper folders and their children left out.</summary>
    private static IEnumerable<string> TestFolders(string project) =>
        RepositoryFiles.CSharpFiles(project)
            .Select(file => Path.GetRelativePath(project, Path.GetDirectoryName(file)!))
            .Where(folder => folder != "." && !HelperFolders.Contains(folder.Split(Path.DirectorySeparatorChar)[0]))
            .Distinct()
            .Order(StringComparer.Ordinal);

    private static IEnumerable<(string File, string Namespace)> Namespaces(string project)
    {
        var directory = Path.Combine(TestsRoot, project);
        return RepositoryFiles.CSharpFiles(directory)
            .Select(file => (File: file, Match: FileScopedNamespace().Match(File.ReadAllText(file))))
            .Where(f => f.Match.Success)
            .Select(f => (Path.GetRelativePath(RepositoryFiles.Root, f.File), f.Match.Groups["name"].Value));
    }

    private static string ExpectedNamespace(string project, string file)
    {
        var folder = Path.GetRelativePath(project, Path.GetDirectoryName(Path.Combine(RepositoryFiles.Root, file))!);
        var root = "ResumeExport." + Path.GetFileName(project);
        return folder == "." ? root : root + "." + folder.Replace(Path.DirectorySeparatorChar, '.');
    }

    [GeneratedRegex(@"\.(Unit)?Tests$")]
    private static partial Regex TestedProject();

    [GeneratedRegex(@"^namespace\s+(?<name>[\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex FileScopedNamespace();

    [GeneratedRegex(@"\b(?:class|record|struct|interface)\s+(?<name>[A-Za-z_]\w*)")]
    private static partial Regex TypeDeclaration();

    [GeneratedRegex(@"^(?:Capturing|Fake|Stub)[A-Z0-9]|(?:Server|Fake|Stub|Double|Receiver)$")]
    private static partial Regex DoubleName();
}
