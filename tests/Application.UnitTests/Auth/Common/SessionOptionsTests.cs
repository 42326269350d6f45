using ResumeExport.Application.Auth.Common;

namespace ResumeExport.Application.UnitTests.Auth.Common;

public sealed class SessionOptionsTests
{
    [Test]
    public void The_defaults_are_valid_and_poll_revocations_every_second() =>
        Assert.Multiple(() =>
        {
            Assert.That(new SessionOptions().IsValid(), Is.True);
            Assert.That(new SessionOptions().RevocationPollInterval, Is.EqualTo(TimeSpan.FromSeconds(1)));
        });

    [TestCase(0)]
    [TestCase(99)]
    [TestCase(60_001)]
    public void A_revocation_poll_interval_outside_100_ms_to_1_minute_is_refused(int milliseconds) =>
        Assert.That(new SessionOptions { RevocationPollInterval = TimeSpan.FromMilliseconds(milliseconds) }.IsValid(), Is.False);
}
