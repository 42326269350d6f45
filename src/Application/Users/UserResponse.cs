using ResumeExport.Domain.Users;

namespace ResumeExport.Application.Users;

public sealed record UserResponse(Guid Id, string Email, string DisplayName, string Role, string PlanCode)
{
    public static UserResponse From(User user) =>
        new(user.Id, user.Email, user.DisplayName, user.IsAdmin ? "admin" : "user", user.PlanCode);
}
