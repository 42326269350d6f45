using ResumeExport.Domain.Plans;
using ResumeExport.Domain.Users;

namespace ResumeExport.Application.UnitTests.Fakes;

internal static class TestUsers
{
    public const string Password = "correct horse battery";

    /// <summary>A registered user whose stored hash matches <see cref="Password"/> under <see cref="FakePasswordHasher"/>.</summary>
    public static User Ana(string email = "Ana@Example.com", string hashPrefix = FakePasswordHasher.Prefix) =>
        User.Register(EmailAddress.Parse(email), hashPrefix + Password, "Ana", TestClock.Now);

    /// <summary>The arrange step of most handler tests: Ana on <paramref name="planCode"/>, stored in <paramref name="users"/> and signed in.</summary>
    public static User SignedIn(InMemoryUserRepository users, FakeCurrentUser currentUser, string planCode = PlanCodes.Free)
    {
        var ana = Ana();
        if (planCode != PlanCodes.Free)
        {
            ana.MoveToPlan(planCode);
        }

        users.Seed(ana);
        currentUser.UserId = ana.Id;
        return ana;
    }
}
