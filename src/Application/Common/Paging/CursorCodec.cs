using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace ResumeExport.Application.Common.Paging;

/// <summary>Opaque keyset cursors (base64url "ticks:id"); a tampered one is a validation error.</summary>
public static class CursorCodec
{
    public static string Encode(PageCursor cursor) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{cursor.SortedAt.UtcTicks.ToString(CultureInfo.InvariantCulture)}:{cursor.Id:N}"));

    public static bool TryDecode(string? value, out PageCursor? cursor)
    {
        cursor = null;
        if (string.IsNullOrEmpty(value))
        {
            return true;
        }

        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(value)).Split(':');
            if (parts.Length == 2 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                && ticks is >= 0 && ticks <= DateTimeOffset.MaxValue.UtcTicks && Guid.TryParseExact(parts[1], "N", out var id))
            {
                cursor = new PageCursor(new DateTimeOffset(ticks, TimeSpan.Zero), id);
                return true;
            }
        }
        catch (FormatException)
        {
        }

        return false;
    }
}
