using Mediator;
using Microsoft.Extensions.Options;
using ResumeExport.Adapters.Identity;
using ResumeExport.Application.Auth.ListRevokedSessions;
using SessionOptions = ResumeExport.Application.Auth.Common.SessionOptions;

namespace ResumeExport.Api.Authentication;

/// <summary>
/// Every <see cref="SessionOptions.RevocationPollInterval"/>, reads the sessions revoked since the oldest instant an
/// unexpired access token can have been issued (access-token lifetime plus the validation's clock skew). One indexed
/// query per replica per interval replaces a database read per request (decision 41). When a read fails (the database
/// is down), the last set stays in force and the next tick tries again.
/// </summary>
internal sealed partial class RevokedSessionsRefresher(
    IServiceScopeFactory scopes,
    RevokedSessions sessions,
    IOptions<SessionOptions> sessionOptions,
    IOptions<JwtOptions> jwtOptions,
    TimeProvider clock,
    ILogger<RevokedSessionsRefresher> logger) : BackgroundService
{
    /// <summary>The bearer validation's ClockSkew (AuthenticationRegistration) plus a margin for the database's clock.</summary>
    private static readonly TimeSpan Skew = TimeSpan.FromMinutes(1);

    /// <summary>One read now (start-up and tests).</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var revoked = await scope.ServiceProvider.GetRequiredService<ISender>()
            .Send(new ListRevokedSessionsQuery(now - jwtOptions.Value.AccessTokenLifetime - Skew), cancellationToken);
        sessions.Replace(revoked, now);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(sessionOptions.Value.RevocationPollInterval, clock);
        var failing = false;
        try
        {
            do
            {
                try
                {
                    await RefreshAsync(stoppingToken);
                    if (failing)
                    {
                        LogRecovered(sessions.Count);
                        failing = false;
                    }
                }
                catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                {
                    // Logged once per outage, not once per tick.
                    if (!failing)
                    {
                        LogReadFailed(exception, sessions.RefreshedAt);
                        failing = true;
                    }
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopping
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the revoked sessions; the list read at {RefreshedAt:O} stays in force until a read succeeds")]
    private partial void LogReadFailed(Exception exception, DateTimeOffset? refreshedAt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Revoked sessions read again ({Count} within the access-token lifetime)")]
    private partial void LogRecovered(int count);
}
