namespace ResumeExport.Api.Problems;

/// <summary>Clients switch on these <c>type</c> URIs, so they are part of the contract.</summary>
public static class ProblemTypes
{
    private const string Base = "https://resume-export.dev/problems/";

    public const string Validation = Base + "validation";
    public const string BadRequest = Base + "bad-request";
    public const string PayloadTooLarge = Base + "payload-too-large";
    public const string UnsupportedMediaType = Base + "unsupported-media-type";
    public const string PreconditionFailed = Base + "precondition-failed";
    public const string Unauthorized = Base + "unauthorized";
    public const string Forbidden = Base + "forbidden";
    public const string NotFound = Base + "not-found";
    public const string Conflict = Base + "conflict";
    public const string TooManyRequests = Base + "too-many-requests";
    public const string PlanLimitExceeded = Base + "plan-limit-exceeded";
    public const string Unexpected = Base + "unexpected";
    public const string ServiceUnavailable = Base + "service-unavailable";
}
