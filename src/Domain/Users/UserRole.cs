namespace ResumeExport.Domain.Users;

public enum UserRole
{
    User = 0,
    Admin = 1,
}
