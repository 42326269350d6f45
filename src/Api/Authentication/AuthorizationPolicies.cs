namespace ResumeExport.Api.Authentication;

public static class AuthorizationPolicies
{
    public const string Admin = "admin";
}
