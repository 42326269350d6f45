using Microsoft.AspNetCore.Identity;
using ResumeExport.Application.Common.Ports.Identity;

namespace ResumeExport.Benchmarks;

/// <summary>
/// DatabaseInitializer needs an <see cref="IPasswordHasher"/> (only for demo accounts, which the benchmark does not seed);
/// the production one is internal to Adapters.Identity, so this is the same PBKDF2 hasher.
/// </summary>
internal sealed class BenchPasswordHasher : IPasswordHasher
{
    private readonly PasswordHasher<object> hasher = new();

    public string Hash(string password) => hasher.HashPassword(new object(), password);

    public void VerifyWithoutAccount(string providedPassword) => Verify(Hash(string.Empty), providedPassword);

    public PasswordCheck Verify(string passwordHash, string providedPassword) =>
        hasher.VerifyHashedPassword(new object(), passwordHash, providedPassword) switch
        {
            PasswordVerificationResult.Success => PasswordCheck.Succeeded,
            PasswordVerificationResult.SuccessRehashNeeded => PasswordCheck.SucceededRehashNeeded,
            _ => PasswordCheck.Failed,
        };
}
