using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace ResumeExport.Adapters.Identity;

public sealed class JwtOptions
{
    public const string SectionName = "Jwt";

    /// <summary>The smallest HMAC-SHA256 key we accept: 256 bits.</summary>
    public const int MinimumKeyLength = 32;

    [Required]
    public string Issuer { get; set; } = "resume-export";

    [Required]
    public string Audience { get; set; } = "resume-export-spa";

    /// <summary>HMAC-SHA256, at least 32 characters, never logged; Production rejects weak keys.</summary>
    public string SigningKey { get; set; } = string.Empty;

    /// <summary>Short: a revoked session's access tokens keep working until they expire (decision 0033).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "01:00:00")]
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    public SymmetricSecurityKey CreateSigningKey() => new(Encoding.UTF8.GetBytes(SigningKey));
}
