using Microsoft.AspNetCore.Identity;
using ResumeExport.Application.Common.Ports.Identity;
using ResumeExport.Domain.Users;

namespace ResumeExport.Adapters.Identity;

/// <summary>Identity's PBKDF2 hasher (V3, per-password salt, upgradable iterations).</summary>
internal sealed class AspNetPasswordHasher : IPasswordHasher
{
    private readonly PasswordHasher<User> hasher = new();

    public string Hash(string password) => hasher.HashPassword(null!, password);

    public PasswordCheck Verify(string passwordHash, string providedPassword) =>
        hasher.VerifyHashedPassword(null!, passwordHash, providedPassword) switch
        {
            PasswordVerificationResult.Success => PasswordCheck.Succeeded,
            PasswordVerificationResult.SuccessRehashNeeded => PasswordCheck.SucceededRehashNeeded,
            _ => PasswordCheck.Failed,
        };
}
