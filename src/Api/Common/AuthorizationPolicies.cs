namespace ResumeExport.Api.Common;

public static class AuthorizationPolicies
{
    public const string Admin = "admin";
}
