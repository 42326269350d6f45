using ResumeExport.Domain.Common;
using ResumeExport.Domain.Plans;
using ResumeExport.Domain.Users;

namespace ResumeExport.Domain.UnitTests.Users;

public sealed class UserTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 30, 0, TimeSpan.Zero);

    [Test]
    public void Register_trims_the_display_name()
    {
        var user = Register(displayName: "  Ana Silva \t");

        Assert.That(user.DisplayName, Is.EqualTo("Ana Silva"));
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("\t\n")]
    public void Register_rejects_a_blank_display_name(string displayName)
    {
        var error = Assert.Throws<DomainException>(() => Register(displayName: displayName));

        Assert.That(error.Code, Is.EqualTo("invalid_display_name"));
    }

    [Test]
    public void Register_rejects_a_display_name_longer_than_one_hundred_characters()
    {
        var error = Assert.Throws<DomainException>(() => Register(displayName: new string('a', User.DisplayNameMaxLength + 1)));

        Assert.That(error.Code, Is.EqualTo("invalid_display_name"));
    }

    [Test]
    public void Register_accepts_one_hundred_characters_once_surrounding_spaces_are_trimmed()
    {
        var name = new string('a', User.DisplayNameMaxLength);

        var user = Register(displayName: $"  {name}  ");

        Assert.That(user.DisplayName, Is.EqualTo(name));
    }

    [Test]
    public void Register_starts_the_user_on_the_free_plan_as_a_plain_user()
    {
        var user = Register();

        Assert.Multiple(() =>
        {
            Assert.That(user.PlanCode, Is.EqualTo(PlanCodes.Free));
            Assert.That(user.Role, Is.EqualTo(UserRole.User));
            Assert.That(user.IsAdmin, Is.False);
        });
    }

    [Test]
    public void Register_sets_a_time_ordered_id_the_address_the_hash_and_the_creation_time()
    {
        var user = Register(email: "Ana@Example.com", passwordHash: "hash-1");

        Assert.Multiple(() =>
        {
            Assert.That(user.Id, Is.Not.EqualTo(Guid.Empty));
            Assert.That(user.Id.Version, Is.EqualTo(7));
            Assert.That(user.Email, Is.EqualTo("Ana@Example.com"));
            Assert.That(user.NormalizedEmail, Is.EqualTo("ana@example.com"));
            Assert.That(user.PasswordHash, Is.EqualTo("hash-1"));
            Assert.That(user.CreatedAt, Is.EqualTo(Now));
        });
    }

    [Test]
    public void Register_gives_each_user_a_different_id()
    {
        var first = Register();
        var second = Register();

        Assert.That(second.Id, Is.Not.EqualTo(first.Id));
    }

    [Test]
    public void PromoteToAdmin_makes_the_user_an_admin()
    {
        var user = Register();

        user.PromoteToAdmin();

        Assert.That(user.IsAdmin, Is.True);
    }

    [Test]
    public void RehashPassword_replaces_the_stored_hash()
    {
        var user = Register(passwordHash: "old");

        user.RehashPassword("new");

        Assert.That(user.PasswordHash, Is.EqualTo("new"));
    }

    [TestCase(PlanCodes.Pro)]
    [TestCase(PlanCodes.Team)]
    [TestCase(PlanCodes.Free)]
    public void MoveToPlan_moves_the_user_to_a_known_plan(string planCode)
    {
        var user = Register();

        user.MoveToPlan(planCode);

        Assert.That(user.PlanCode, Is.EqualTo(planCode));
    }

    [TestCase("enterprise")]
    [TestCase("Pro")]
    [TestCase("")]
    [TestCase(" pro")]
    public void MoveToPlan_rejects_an_unknown_plan_and_keeps_the_current_one(string planCode)
    {
        var user = Register();
        user.MoveToPlan(PlanCodes.Pro);

        var error = Assert.Throws<DomainException>(() => user.MoveToPlan(planCode));

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo("unknown_plan"));
            Assert.That(user.PlanCode, Is.EqualTo(PlanCodes.Pro));
        });
    }

    private static User Register(string email = "ana@example.com", string passwordHash = "hash", string displayName = "Ana") =>
        User.Register(EmailAddress.Parse(email), passwordHash, displayName, Now);
}
