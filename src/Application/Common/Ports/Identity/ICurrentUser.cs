namespace ResumeExport.Application.Common.Ports.Identity;

/// <summary>Queries are scoped by <see cref="UserId"/>; workers have no caller.</summary>
public interface ICurrentUser
{
    Guid? UserId { get; }

    bool IsAdmin { get; }

    /// <summary>Throws <see cref="Exceptions.UnauthorizedException"/> when nobody is signed in.</summary>
    Guid RequiredUserId { get; }
}
