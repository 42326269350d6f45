using System.Text.RegularExpressions;

namespace ResumeExport.Architecture.Tests;

/// <summary>
/// No configuration in the repository carries a key that signs tokens or webhooks a running stack would accept
/// (issue 12, item 11): every JWT signing key and webhook secret in config files, compose, manifests, workflows and
/// scripts is empty, a required reference without a default (<c>${JWT_SIGNING_KEY:?…}</c>), a variable, or a short
/// placeholder that the API refuses. Keys are made per machine (deploy/lib/stack-secrets.sh) or per test run.
/// </summary>
public sealed partial class CommittedSecretsTests
{
    private static readonly string[] ScannedExtensions = [".json", ".yml", ".yaml", ".env", ".sh", ".props", ".targets", ".config", ".conf", ".ini", ".toml"];
    private static readonly string[] SkippedDirectories = ["bin", "obj", "node_modules", "artifacts", ".git", "TestResults"];

    [Test]
    public void No_committed_configuration_carries_a_signing_key_or_webhook_secret()
    {
        var offenders = ConfigurationFiles(RepositoryFiles.Root)
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, number: i + 1)))
            .SelectMany(l => SecretAssignment().Matches(l.line).Select(m => (l.file, l.number, name: m.Groups["name"].Value, value: m.Groups["value"].Value)))
            .Where(s => CouldSign(s.value))
            .Select(s => $"{Path.GetRelativePath(RepositoryFiles.Root, s.file)}:{s.number}: {s.name} has a usable value")
            .ToList();

        Assert.That(offenders, Is.Empty, string.Join(Environment.NewLine, offenders));
    }

    [TestCase("\"SigningKey\": \"development-only-signing-key-change-me-0123456789\"", true)]
    [TestCase("Jwt__SigningKey: ${JWT_SIGNING_KEY:-compose-signing-key-0123456789-abcdefghijklmnopqrstuvwxyz}", true)]
    [TestCase("Billing__Stripe__WebhookSecret=whsec_0123456789abcdef0123456789abcdef", true)]
    [TestCase("Jwt__SigningKey: ${JWT_SIGNING_KEY:?set JWT_SIGNING_KEY}", false)]
    [TestCase("Jwt__SigningKey: CHANGE-ME", false)]
    [TestCase("export Jwt__SigningKey=\"$STACK_JWT_SIGNING_KEY\"", false)]
    [TestCase("\"SigningKey\": \"\"", false)]
    public void The_rule_tells_a_usable_key_from_a_reference_or_placeholder(string line, bool usable) =>
        Assert.That(SecretAssignment().Matches(line).Any(m => CouldSign(m.Groups["value"].Value)), Is.EqualTo(usable));

    /// <summary>A value the API would accept as a key (32+ characters), written literally or as a variable's default.</summary>
    private static bool CouldSign(string value)
    {
        if (value.StartsWith("${", StringComparison.Ordinal))
        {
            var fallback = value.IndexOf(":-", StringComparison.Ordinal);
            return fallback >= 0 && value[(fallback + 2)..].TrimEnd('}').Length >= 32;
        }

        return !value.StartsWith('$') && value.Length >= 32;
    }

    [GeneratedRegex("""(?<name>[A-Za-z_]*(?:signing_?key|webhook_?secret))["']?\s*[:=]\s*["']?(?<value>\$\{[^}]*\}|[^"'\s#,]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex SecretAssignment();

    private static IEnumerable<string> ConfigurationFiles(string directory)
    {
        foreach (var file in Directory.EnumerateFiles(directory))
        {
            if (ScannedExtensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase))
            {
                yield return file;
            }
        }

        foreach (var child in Directory.EnumerateDirectories(directory).Where(d => !SkippedDirectories.Contains(Path.GetFileName(d))))
        {
            foreach (var file in ConfigurationFiles(child))
            {
                yield return file;
            }
        }
    }
}
