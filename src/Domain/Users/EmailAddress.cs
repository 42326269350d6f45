using System.Net.Mail;
using ResumeExport.Domain.Common;

namespace ResumeExport.Domain.Users;

/// <summary><see cref="Normalized"/> is lower-cased and unique, so <c>Ana@Example.com</c> is <c>ana@example.com</c>.</summary>
public sealed record EmailAddress
{
    public const int MaxLength = 254;

    private EmailAddress(string value)
    {
        Value = value;
        Normalized = value.ToLowerInvariant();
    }

    public string Value { get; }

    public string Normalized { get; }

    public static bool IsValid(string? candidate)
    {
        if (string.IsNullOrWhiteSpace(candidate) || candidate.Length > MaxLength || candidate.Trim() != candidate)
        {
            return false;
        }

        // MailAddress accepts display names ("Ana <ana@x.io>"); only a bare address counts.
        return MailAddress.TryCreate(candidate, out var parsed)
            && parsed.Address == candidate
            && parsed.Host.Contains('.', StringComparison.Ordinal);
    }

    public static EmailAddress Parse(string candidate) =>
        IsValid(candidate)
            ? new EmailAddress(candidate)
            : throw new DomainException("invalid_email", $"'{candidate}' is not a valid e-mail address.");

    public override string ToString() => Value;
}
