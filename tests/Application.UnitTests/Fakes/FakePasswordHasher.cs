using ResumeExport.Application.Common.Ports.Identity;

namespace ResumeExport.Application.UnitTests.Fakes;

/// <summary>"Hashes" by prefixing; <see cref="Outcome"/> decides what a correct password verifies as.</summary>
internal sealed class FakePasswordHasher : IPasswordHasher
{
    public const string Prefix = "hashed:";

    /// <summary>Stands for a hash made with older parameters; it still verifies.</summary>
    public const string LegacyPrefix = "legacy:";

    public PasswordCheck Outcome { get; set; } = PasswordCheck.Succeeded;

    public int HashCalls { get; private set; }

    public string Hash(string password)
    {
        HashCalls++;
        return Prefix + password;
    }

    public int VerifyCalls { get; private set; }

    public void VerifyWithoutAccount(string providedPassword) => VerifyCalls++;

    public PasswordCheck Verify(string passwordHash, string providedPassword)
    {
        VerifyCalls++;
        return passwordHash == Prefix + providedPassword || passwordHash == LegacyPrefix + providedPassword
            ? Outcome
            : PasswordCheck.Failed;
    }
}
