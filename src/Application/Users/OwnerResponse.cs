namespace ResumeExport.Application.Users;

/// <summary>Whose item it is, on the failed lists (an admin sees everyone's and needs to know whom to contact).</summary>
public sealed record OwnerResponse(Guid Id, string Email);
