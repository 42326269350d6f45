using Microsoft.Extensions.Logging.Abstractions;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Application.UnitTests.Fakes;
using ResumeExport.Application.Users.DeleteAccount;

namespace ResumeExport.Application.UnitTests.Users.DeleteAccount;

public sealed class DeleteAccountCommandHandlerTests
{
    private readonly InMemoryUserRepository users = new();
    private readonly FakeCurrentUser currentUser = new();
    private readonly CountingUnitOfWork unitOfWork = new();
    private readonly InMemoryExportStorage local = new() { Driver = "local" };
    private readonly InMemoryExportStorage s3 = new() { Driver = "s3" };

    [Test]
    public void A_wrong_password_is_forbidden_and_erases_nothing()
    {
        TestUsers.SignedIn(users, currentUser);
        var personalData = new InMemoryPersonalData(unitOfWork);

        var error = Assert.ThrowsAsync<ForbiddenException>(async () => await Handler(personalData).Handle(new DeleteAccountCommand("wrong"), CancellationToken.None));

        Assert.That(error!.Message, Does.Contain("password"));
        Assert.That(personalData.Erased, Is.Empty);
    }

    [Test]
    public async Task The_right_password_erases_the_callers_rows_in_a_transaction_and_then_each_file_on_the_driver_that_wrote_it()
    {
        var ana = TestUsers.SignedIn(users, currentUser);
        var personalData = new InMemoryPersonalData(unitOfWork);
        var exportId = Guid.NewGuid();
        await local.SaveAsync("exports/a.pdf", new byte[] { 1 }, "application/pdf", CancellationToken.None);
        await s3.SaveAsync("exports/b.pdf", new byte[] { 2 }, "application/pdf", CancellationToken.None);
        await s3.SaveAsync("exports/b.png", new byte[] { 3 }, "image/png", CancellationToken.None);
        await local.SaveAsync("exports/someone-else.pdf", new byte[] { 4 }, "application/pdf", CancellationToken.None);
        personalData.Files.AddRange([new StoredExportFile(exportId, "local", "exports/a.pdf"), new StoredExportFile(exportId, "s3", "exports/b.pdf"),
            new StoredExportFile(exportId, "s3", "exports/b.png")]);

        await Handler(personalData).Handle(new DeleteAccountCommand(TestUsers.Password), CancellationToken.None);

        Assert.That(personalData.Erased, Is.EqualTo(new[] { (ana.Id, true) }));
        Assert.That(local.Files.Keys, Is.EqualTo(new[] { "exports/someone-else.pdf" }));
        Assert.That(s3.Files, Is.Empty);
    }

    [Test]
    public async Task A_file_on_a_driver_this_process_cannot_reach_is_left_and_the_account_is_still_deleted()
    {
        var ana = TestUsers.SignedIn(users, currentUser);
        var personalData = new InMemoryPersonalData(unitOfWork);
        personalData.Files.Add(new StoredExportFile(Guid.NewGuid(), "ftp", "exports/c.pdf"));

        await Handler(personalData).Handle(new DeleteAccountCommand(TestUsers.Password), CancellationToken.None);

        Assert.That(personalData.Erased.Select(e => e.UserId), Is.EqualTo(new[] { ana.Id }));
    }

    [Test]
    public void A_token_that_outlived_its_account_is_not_found()
    {
        currentUser.UserId = Guid.NewGuid();

        Assert.ThrowsAsync<NotFoundException>(async () =>
            await Handler(new InMemoryPersonalData(unitOfWork)).Handle(new DeleteAccountCommand(TestUsers.Password), CancellationToken.None));
    }

    [TestCase("")]
    [TestCase(null)]
    public void A_missing_password_is_refused_naming_password(string? password)
    {
        var result = new DeleteAccountCommandValidator().Validate(new DeleteAccountCommand(password!));

        Assert.That(result.Errors.Select(e => e.PropertyName), Is.EqualTo(new[] { "Password" }));
    }

    private DeleteAccountCommandHandler Handler(InMemoryPersonalData personalData) =>
        new(currentUser, users, new FakePasswordHasher(), personalData, new FakeExportStorageDrivers(local, s3), unitOfWork,
            NullLogger<DeleteAccountCommandHandler>.Instance);
}
