using ResumeExport.Domain.Common;

namespace ResumeExport.Domain.UnitTests.Common;

public sealed class ControlCharactersTests
{
    [TestCase("")]
    [TestCase("Backend Engineer")]
    [TestCase("tab\there")]
    [TestCase("two\nlines")]
    [TestCase("windows\r\nline ending")]
    [TestCase("ends with a newline\r\n")]
    [TestCase("Ünïcödé 简历 🎉")]
    public void Accepts_text_with_tab_newline_and_any_printable_character(string text)
    {
        Assert.That(ControlCharacters.IndexOfForbidden(text), Is.EqualTo(-1));
        Assert.That(ControlCharacters.AreAbsentFrom(text), Is.True);
    }

    [TestCase("a\0b", 1)]
    [TestCase("\u0001", 0)]
    [TestCase("bell\a", 4)]
    [TestCase("escape \u001b[31m", 7)]
    [TestCase("vertical\vtab", 8)]
    [TestCase("form\ffeed", 4)]
    [TestCase("lone\rcarriage return", 4)]
    [TestCase("ends with a carriage return\r", 27)]
    [TestCase("\u001f", 0)]
    public void Refuses_every_other_c0_control_character_and_a_lone_carriage_return(string text, int index) =>
        Assert.That(ControlCharacters.IndexOfForbidden(text), Is.EqualTo(index));

    // Built in code: attribute arguments are stored as UTF-8, which cannot carry an unpaired surrogate.
    private static IEnumerable<TestCaseData> NotWellFormed()
    {
        const char high = '\ud800';
        const char low = '\udc00';
        yield return new TestCaseData("lone high " + high + " surrogate", 10).SetName("A lone high surrogate is refused");
        yield return new TestCaseData("lone low " + low + " surrogate", 9).SetName("A lone low surrogate is refused");
        yield return new TestCaseData("swapped " + low + high, 8).SetName("A low surrogate before a high one is refused");
        yield return new TestCaseData("ends high " + high, 10).SetName("A high surrogate at the end is refused");
    }

    [TestCaseSource(nameof(NotWellFormed))]
    public void Refuses_text_that_is_not_well_formed_utf16(string text, int index) =>
        Assert.That(ControlCharacters.IndexOfForbidden(text), Is.EqualTo(index));

    [Test]
    public void Null_is_not_text_and_breaks_no_rule() => Assert.That(ControlCharacters.AreAbsentFrom(null), Is.True);

    [Test]
    public void Delete_and_c1_characters_are_not_c0_and_pass() =>
        Assert.That(ControlCharacters.IndexOfForbidden("del \u007f c1 \u0085"), Is.EqualTo(-1));
}
