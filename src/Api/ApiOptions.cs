using System.ComponentModel.DataAnnotations;

namespace ResumeExport.Api;

public sealed class ApiOptions
{
    public const string SectionName = "Api";

    /// <summary>The single-page app's CORS origins; empty allows no cross-origin calls.</summary>
    public string[] CorsOrigins { get; set; } = [];

    /// <summary>Largest request body accepted; larger ones get 413.</summary>
    [Range(1024, 100 * 1024 * 1024)]
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Register/login attempts allowed per client IP per <see cref="AuthRateLimitWindow"/>.</summary>
    [Range(1, 1_000_000)]
    public int AuthRateLimitPermits { get; set; } = 10;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan AuthRateLimitWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Sign-in attempts allowed per account (normalised e-mail) per <see cref="LoginAccountWindow"/>, whatever the IP.</summary>
    [Range(1, 1_000_000)]
    public int LoginAccountPermits { get; set; } = 10;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan LoginAccountWindow { get; set; } = TimeSpan.FromMinutes(15);
}
