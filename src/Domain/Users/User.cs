using ResumeExport.Domain.Common;
using ResumeExport.Domain.Plans;

namespace ResumeExport.Domain.Users;

public sealed class User
{
    public const int DisplayNameMaxLength = 100;

    private User()
    {
    }

    public Guid Id { get; private set; }

    public string Email { get; private set; } = string.Empty;

    /// <summary>Lower-cased e-mail; unique in the database so sign-up and login are case-insensitive.</summary>
    public string NormalizedEmail { get; private set; } = string.Empty;

    public string PasswordHash { get; private set; } = string.Empty;

    public string DisplayName { get; private set; } = string.Empty;

    public UserRole Role { get; private set; }

    public string PlanCode { get; private set; } = PlanCodes.Free;

    public DateTimeOffset CreatedAt { get; private set; }

    public static User Register(EmailAddress email, string passwordHash, string displayName, DateTimeOffset now)
    {
        var name = displayName.Trim();
        if (name.Length is 0 or > DisplayNameMaxLength)
        {
            throw new DomainException("invalid_display_name", $"A display name has 1 to {DisplayNameMaxLength} characters.");
        }

        return new User
        {
            Id = Guid.CreateVersion7(now),
            Email = email.Value,
            NormalizedEmail = email.Normalized,
            PasswordHash = passwordHash,
            DisplayName = name,
            Role = UserRole.User,
            PlanCode = PlanCodes.Free,
            CreatedAt = now,
        };
    }

    public bool IsAdmin => Role == UserRole.Admin;

    public void PromoteToAdmin() => Role = UserRole.Admin;

    /// <summary>Replaces the stored hash, e.g. after the hashing algorithm's parameters were strengthened.</summary>
    public void RehashPassword(string passwordHash) => PasswordHash = passwordHash;

    /// <summary>A new password chosen by the user (the caller revokes their sessions).</summary>
    public void ChangePassword(string passwordHash) => PasswordHash = passwordHash;

    public void MoveToPlan(string planCode)
    {
        if (!PlanCodes.IsKnown(planCode))
        {
            throw new DomainException("unknown_plan", $"'{planCode}' is not a plan.");
        }

        PlanCode = planCode;
    }
}
