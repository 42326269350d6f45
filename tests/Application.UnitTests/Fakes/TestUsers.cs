using ResumeExport.Domain.Users;

namespace ResumeExport.Application.UnitTests.Fakes;

internal static class TestUsers
{
    public const string Password = "correct horse battery";

    /// <summary>A registered user whose stored hash matches <see cref="Password"/> under <see cref="FakePasswordHasher"/>.</summary>
    public static User Ana(string email = "Ana@Example.com", string hashPrefix = FakePasswordHasher.Prefix) =>
        User.Register(EmailAddress.Parse(email), hashPrefix + Password, "Ana", FixedTimeProvider.DefaultNow);
}
