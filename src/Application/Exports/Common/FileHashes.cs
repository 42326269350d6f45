using System.Security.Cryptography;

namespace ResumeExport.Application.Exports.Common;

/// <summary>The one hash of an export file: where it is stored, where it is attached, in every response.</summary>
public static class FileHashes
{
    /// <summary>Lower-case hex SHA-256.</summary>
    public static string Sha256Hex(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
