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

    [Test]
    public void Every_cited_section_of_the_api_document_exists()
    {
        var sections = File.ReadLines(Path.Combine(RepositoryFiles.Root, "docs", "api.md"))
            .Where(line => line.StartsWith('#'))
            .Select(line => HeadingSlug(line.TrimStart('#').Trim()))
            .ToHashSet(StringComparer.Ordinal);

        var broken = RepositoryFiles.TextFiles()
            .SelectMany(file => ApiSectionCitation().Matches(File.ReadAllText(Path.Combine(RepositoryFiles.Root, file))).Select(m => (file, section: m.Groups["section"].Value)))
            .Where(c => !sections.Contains(c.section))
            .Select(c => $"{c.file}: docs/api.md#{c.section}")
            .Distinct()
            .ToList();

        Assert.That(broken, Is.Empty, "These cite a section docs/api.md does not have:" + Environment.NewLine + string.Join(Environment.NewLine, broken));
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

    // GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens.
    private static string HeadingSlug(string heading) =>
        NotInSlug().Replace(heading.ToLowerInvariant(), string.Empty).Replace(' ', '-');

    [GeneratedRegex(@"api\.md#(?<section>[a-z0-9-]+)", RegexOptions.CultureInvariant)]
    private static partial Regex ApiSectionCitation();

    [GeneratedRegex("[^a-z0-9 -]", RegexOptions.CultureInvariant)]
    private static partial Regex NotInSlug();

    // The upper-case word, the file name in any case, and the sibling folder the contract used to live in.
    [GeneratedRegex(@"\bSPEC\b|(?i:\bspec\.md\b)|\.\./shared\b|\bshared/spe[c]\b", RegexOptions.CultureInvariant)]
    private static partial Regex OutsideReference();
}
