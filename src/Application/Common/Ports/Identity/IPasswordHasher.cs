namespace ResumeExport.Application.Common.Ports.Identity;

public interface IPasswordHasher
{
    string Hash(string password);

    PasswordCheck Verify(string passwordHash, string providedPassword);
}
