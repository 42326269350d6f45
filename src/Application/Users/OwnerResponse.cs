namespace ResumeExport.Application.Users;

/// <summary>On failed lists, so an admin knows whom to contact.</summary>
public sealed record OwnerResponse(Guid Id, string Email);
