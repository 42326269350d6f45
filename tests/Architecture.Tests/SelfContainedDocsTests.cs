using System.Text.RegularExpressions;

namespace ResumeExport.Architecture.Tests;

/// <summary>
/// No file sends a reader outside the repository for the contract: a clone must stand alone, so comments and docs cite
/// docs/api.md (or state the rule). The patterns are written so that this file does not match them itself.
/// </summary>
public sealed partial class SelfContainedDocsTests
{
    [Test]
    public void No_tracked_file_cites_a_contract_outside_the_repository()
    {
        var offenders = RepositoryFiles.TextFiles()
            .SelectMany(file => File.ReadLines(Path.Combine(RepositoryFiles.Root, file)).Select((line, i) => (file, line, number: i + 1)))
            .Where(l => OutsideReference().IsMatch(l.line))
            .Select(l => $"{l.file}:{l.number}: {l.line.Trim()}")
            .ToList();

        Assert.That(offenders, Is.Empty,
            "Cite docs/api.md#<section> (or state the rule) instead of a file outside the repository:" + Environment.NewLine
            + string.Join(Environment.NewLine, offenders));
    }

    [TestCase("The contract is `../" + "shared/sp" + "ec/SP" + "EC.md`;", true)]
    [TestCase("/// <summary>Retention of failed rows (SP" + "EC rule 5).</summary>", true)]
    [TestCase("// SP" + "EC §4.2: idempotency keys are unique per user.", true)]
    [TestCase("see sp" + "ec.md, \"Shapes\"", true)]
    [TestCase("/// <summary>Retention of failed rows (docs/api.md#expiry-and-cleanup).</summary>", false)]
    [TestCase("SPAN_KIND_UNSPECIFIED = 0;", false)]
    [TestCase("deploy/gates/openapi-lint.sh --spec artifacts/openapi/v1.json", false)]
    public void The_rule_tells_an_outside_citation_from_ordinary_text(string line, bool outside) =>
        Assert.That(OutsideReference().IsMatch(line), Is.EqualTo(outside));

    // The upper-case word, the file name in any case, and the sibling folder the contract used to live in.
    [GeneratedRegex(@"\bSPEC\b|(?i:\bspec\.md\b)|\.\./shared\b|\bshared/spe[c]\b", RegexOptions.CultureInvariant)]
    private static partial Regex OutsideReference();
}
