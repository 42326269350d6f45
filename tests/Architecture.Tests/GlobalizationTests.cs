using System.Text.Json;
using System.Text.RegularExpressions;
using ResumeExport.ServiceDefaults;

namespace ResumeExport.Architecture.Tests;

/// <summary>
/// Resumes print their month names from ICU's culture data, so no host may run in invariant-globalization mode: not
/// by a build setting, not in an image, not in this (CI's) process.
/// </summary>
public sealed partial class GlobalizationTests
{
    private static readonly string[] Hosts = ["Api", "Workers.Pdf", "Workers.Email"];

    private static IEnumerable<string> Dockerfiles =>
        Directory.EnumerateFiles(Path.Combine(RepositoryFiles.Root, "deploy", "docker"), "*.Dockerfile").Order(StringComparer.Ordinal);

    [TestCaseSource(nameof(Hosts))]
    public void Every_hosts_runtime_configuration_turns_invariant_globalization_off(string host)
    {
        var path = Path.Combine(AppContext.BaseDirectory, $"ResumeExport.{host}.runtimeconfig.json");
        using var config = JsonDocument.Parse(File.ReadAllText(path));

        var invariant = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").GetProperty("System.Globalization.Invariant");

        Assert.That(invariant.GetBoolean(), Is.False, path);
    }

    [Test]
    public void No_project_file_turns_invariant_globalization_on()
    {
        var settings = RepositoryFiles.TextFiles()
            .Where(f => f.EndsWith(".csproj", StringComparison.Ordinal) || f.EndsWith(".props", StringComparison.Ordinal)
                || f.EndsWith(".targets", StringComparison.Ordinal) || f.EndsWith("runtimeconfig.template.json", StringComparison.Ordinal))
            .Where(f => InvariantOn().IsMatch(File.ReadAllText(Path.Combine(RepositoryFiles.Root, f))))
            .ToList();

        Assert.That(settings, Is.Empty);
    }

    [TestCaseSource(nameof(Dockerfiles))]
    public void Every_images_runtime_stage_installs_icu_and_is_not_invariant(string dockerfile)
    {
        var text = File.ReadAllText(dockerfile);
        var runtimeStage = text[text.LastIndexOf("\nFROM ", StringComparison.Ordinal)..];

        Assert.That(IcuPackage().IsMatch(runtimeStage), Is.True, $"{Path.GetFileName(dockerfile)}: the runtime stage installs no libicu");
        Assert.That(runtimeStage, Does.Contain("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=false"), Path.GetFileName(dockerfile));
    }

    [Test]
    public void The_service_script_installs_icu_on_debian()
    {
        var script = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "deploy", "services", "up.sh"));

        Assert.That(script, Does.Contain("up_icu\n").And.Contain("apt_install \"$package\""));
    }

    [Test]
    public void This_process_has_icu_culture_data()
    {
        Assert.That(GlobalizationGuard.HasCultureData(), Is.True);
        Assert.That(System.Globalization.CultureInfo.GetCultureInfo("ja").DateTimeFormat.GetAbbreviatedMonthName(2), Is.EqualTo("2月"));
        Assert.DoesNotThrow(GlobalizationGuard.EnsureCultureData);
    }

    [GeneratedRegex(@"<InvariantGlobalization>\s*true|""System\.Globalization\.Invariant""\s*:\s*true", RegexOptions.IgnoreCase)]
    private static partial Regex InvariantOn();

    [GeneratedRegex(@"apt-get install[^\n]*(\\\n[^\n]*)*\blibicu\d+\b")]
    private static partial Regex IcuPackage();
}
