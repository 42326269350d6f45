using System.Globalization;
using System.Text;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using ResumeExport.Api.Http;
using ResumeExport.Api.RateLimiting;
using ResumeExport.Application.ShareLinks.Common;
using ResumeExport.Application.ShareLinks.DownloadSharedPdf;
using ResumeExport.Application.ShareLinks.UnlockSharedResume;
using ResumeExport.Application.ShareLinks.ViewSharedResume;

namespace ResumeExport.Api.ShareLinks;

/// <summary>
/// The public share pages, without sign-in: <c>GET /s/{token}</c> (the resume), <c>POST /s/{token}</c> (a protected
/// link's password, an HTML form), <c>GET /s/{token}/pdf</c>. They answer HTML for a browser, not JSON, so they are
/// left out of the OpenAPI document (decision 31); their headers come from <see cref="SecurityHeaders"/>.
/// </summary>
public static class SharePagesApi
{
    /// <summary>The pass a right password earned; scoped to the link's own path, so it opens that link only.</summary>
    public const string PassCookie = "share_pass";

    private const string Html = "text/html";

    public static string PagePath(string token) => $"{SecurityHeaders.SharePagePrefix}/{token}";

    public static IEndpointRouteBuilder MapSharePagesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(SecurityHeaders.SharePagePrefix).AllowAnonymous().ExcludeFromDescription();
        group.MapGet("/{token}", ViewAsync).WithName("ViewSharedResume");
        group.MapPost("/{token}", UnlockAsync).WithName("UnlockSharedResume").DisableAntiforgery();
        group.MapGet("/{token}/pdf", DownloadPdfAsync).WithName("DownloadSharedPdf");
        return app;
    }

    public static async Task<ContentHttpResult> ViewAsync(string token, HttpContext http, ISender sender, CancellationToken cancellationToken)
    {
        var page = await sender.Send(new ViewSharedResumeCommand(token, http.Request.Cookies[PassCookie]), cancellationToken);
        return page.Outcome == SharedLinkOutcome.Open
            ? Page(SharePageHtml.ResumePage(page.Html!, PagePath(token) + "/pdf"), StatusCodes.Status200OK)
            : Refusal(page.Outcome, token);
    }

    /// <remarks>
    /// Every attempt takes a permit per client IP and per link from the counters the replicas share (decision 32) before
    /// the password is looked at; a refusal is a page with <c>Retry-After</c>, 429 (or 503 while the store is down).
    /// </remarks>
    public static async Task<Results<ContentHttpResult, SeeOtherHttpResult>> UnlockAsync(
        string token, HttpContext http, ISender sender, SharedLimitGate limits, IOptions<ApiOptions> api, CancellationToken cancellationToken)
    {
        if (!http.Request.HasFormContentType)
        {
            return Page(SharePageHtml.MessagePage("Unsupported request", "Send the password from the page's form."), StatusCodes.Status415UnsupportedMediaType);
        }

        var refusal = await limits.RefusalAsync(http, RateLimitPolicies.SharePassword, SharePasswordLimits.ForAddress(http, api.Value), cancellationToken)
            ?? await limits.RefusalAsync(http, RateLimitPolicies.SharePassword, SharePasswordLimits.ForLink(token, api.Value), cancellationToken);
        if (refusal is not null)
        {
            return Page(SharePageHtml.MessagePage("Too many attempts", "Too many password attempts for this link. Please wait and try again."),
                refusal.StatusCode);
        }

        var form = await http.Request.ReadFormAsync(cancellationToken);
        if (form["password"] is not [{ Length: > 0 } password])
        {
            return Page(SharePageHtml.PasswordPage(PagePath(token), wrongPassword: false), StatusCodes.Status400BadRequest);
        }

        var unlock = await sender.Send(new UnlockSharedResumeCommand(token, password), cancellationToken);
        if (unlock.Outcome == SharedLinkOutcome.Open)
        {
            if (unlock.AccessPass is { } pass)
            {
                http.Response.Cookies.Append(PassCookie, pass, new CookieOptions
                {
                    Path = PagePath(token),
                    HttpOnly = true,
                    Secure = http.Request.IsHttps,
                    SameSite = SameSiteMode.Strict,
                    Expires = unlock.PassExpiresAt,
                    IsEssential = true,
                });
            }

            // 303: the browser follows with a GET, so a reload never posts the password again.
            return new SeeOtherHttpResult(PagePath(token));
        }

        return Refusal(unlock.Outcome, token);
    }

    public static async Task<Results<ContentHttpResult, FileContentHttpResult>> DownloadPdfAsync(
        string token, HttpContext http, ISender sender, CancellationToken cancellationToken)
    {
        var pdf = await sender.Send(new DownloadSharedPdfCommand(token, http.Request.Cookies[PassCookie]), cancellationToken);
        if (pdf.Outcome != SharedLinkOutcome.Open)
        {
            return Refusal(pdf.Outcome, token);
        }

        var seconds = (int)Math.Ceiling((pdf.RetryAfter ?? TimeSpan.Zero).TotalSeconds);
        switch (pdf.Status)
        {
            case SharedPdfStatus.Ready:
                return TypedResults.File(pdf.Content!, "application/pdf", pdf.FileName);
            case SharedPdfStatus.Rendering:
                http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                return Page(SharePageHtml.WaitPage(seconds), StatusCodes.Status202Accepted);
            default:
                http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                return Page(SharePageHtml.MessagePage("PDF not available right now", "The PDF cannot be prepared today. Please try again later."), StatusCodes.Status503ServiceUnavailable);
        }
    }

    private static ContentHttpResult Refusal(SharedLinkOutcome outcome, string token) => outcome switch
    {
        SharedLinkOutcome.Gone => Page(SharePageHtml.MessagePage("Link no longer available", "This share link was revoked or has expired."), StatusCodes.Status410Gone),
        SharedLinkOutcome.PasswordRequired => Page(SharePageHtml.PasswordPage(PagePath(token), wrongPassword: false), StatusCodes.Status401Unauthorized),
        SharedLinkOutcome.WrongPassword => Page(SharePageHtml.PasswordPage(PagePath(token), wrongPassword: true), StatusCodes.Status401Unauthorized),
        _ => Page(SharePageHtml.MessagePage("Not found", "There is no shared resume at this address."), StatusCodes.Status404NotFound),
    };

    private static ContentHttpResult Page(string html, int status) => TypedResults.Content(html, Html, Encoding.UTF8, status);
}
