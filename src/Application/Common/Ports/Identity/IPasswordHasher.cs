namespace ResumeExport.Application.Common.Ports.Identity;

public interface IPasswordHasher
{
    string Hash(string password);

    PasswordCheck Verify(string passwordHash, string providedPassword);

    /// <summary>
    /// The work of one <see cref="Verify"/>, against a hash no password matches: a login naming no account costs the same
    /// as a wrong password, so timing says nothing about which accounts exist.
    /// </summary>
    void VerifyWithoutAccount(string providedPassword);
}
