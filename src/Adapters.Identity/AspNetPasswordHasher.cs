using Microsoft.AspNetCore.Identity;
using ResumeExport.Application.Common.Ports.Identity;
using ResumeExport.Domain.Users;

namespace ResumeExport.Adapters.Identity;

/// <summary>Identity's PBKDF2 hasher (V3, per-password salt, upgradable iterations).</summary>
internal sealed class AspNetPasswordHasher : IPasswordHasher
{
    private readonly PasswordHasher<User> hasher = new();

    // Made with the current parameters when the singleton is first resolved (by any sign-up or login, so the first
    // answer gives nothing away either); random, so no password matches it.
    private readonly string noAccountHash;

    public AspNetPasswordHasher() =>
        noAccountHash = hasher.HashPassword(null!, Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));

    public string Hash(string password) => hasher.HashPassword(null!, password);

    public void VerifyWithoutAccount(string providedPassword) => hasher.VerifyHashedPassword(null!, noAccountHash, providedPassword);

    public PasswordCheck Verify(string passwordHash, string providedPassword) =>
        hasher.VerifyHashedPassword(null!, passwordHash, providedPassword) switch
        {
            PasswordVerificationResult.Success => PasswordCheck.Succeeded,
            PasswordVerificationResult.SuccessRehashNeeded => PasswordCheck.SucceededRehashNeeded,
            _ => PasswordCheck.Failed,
        };
}
