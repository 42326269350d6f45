namespace ResumeExport.Api.RateLimiting;

/// <summary>Who guesses (<paramref name="Address"/>) which link (<paramref name="Token"/>): the two keys of <see cref="SharePasswordLimiterPolicy"/>.</summary>
internal readonly record struct SharePasswordAttempt(string Address, string Token);
