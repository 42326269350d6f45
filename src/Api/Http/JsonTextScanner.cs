using System.Text;
using System.Text.Json;
using ResumeExport.Domain.Common;

namespace ResumeExport.Api.Http;

/// <summary>
/// Finds JSON strings and names breaking <see cref="ControlCharacters"/>, with their paths. Only escaped strings need
/// decoding (JSON forbids raw control characters); on invalid JSON the endpoint reports the syntax error.
/// </summary>
internal static class JsonTextScanner
{
    /// <summary>Shows every kind of mistake without echoing a hostile document at length.</summary>
    public const int MaxReported = 20;

    public static IReadOnlyList<string> FindBrokenStrings(ReadOnlySpan<byte> json)
    {
        var found = new List<string>();
        var frames = new List<Frame>();
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 64 });
        try
        {
            while (found.Count < MaxReported && reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        var name = Decode(ref reader, out var nameBroken);
                        frames[^1] = frames[^1] with { Property = name };
                        if (nameBroken)
                        {
                            found.Add(PathOf(frames));
                        }

                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        Advance(frames);
                        frames.Add(new Frame(reader.TokenType == JsonTokenType.StartArray, -1, null));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        break;
                    case JsonTokenType.String:
                        Advance(frames);
                        _ = Decode(ref reader, out var valueBroken);
                        if (valueBroken)
                        {
                            found.Add(PathOf(frames));
                        }

                        break;
                    default:
                        Advance(frames);
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON (or too deep): the endpoint's reader refuses it with a 400 naming the spot.
        }

        return found;
    }

    private static string Decode(ref Utf8JsonReader reader, out bool broken)
    {
        if (!reader.ValueIsEscaped)
        {
            broken = false;
            return reader.GetString()!;
        }

        try
        {
            var text = reader.GetString()!;
            broken = !ControlCharacters.AreAbsentFrom(text);
            return text;
        }
        catch (InvalidOperationException)
        {
            // An escaped unpaired surrogate (\ud800) cannot even become a .NET string.
            broken = true;
            return "?";
        }
    }

    private static void Advance(List<Frame> frames)
    {
        if (frames.Count > 0 && frames[^1].IsArray)
        {
            frames[^1] = frames[^1] with { Index = frames[^1].Index + 1 };
        }
    }

    private static string PathOf(List<Frame> frames)
    {
        var path = new StringBuilder();
        foreach (var frame in frames)
        {
            if (frame.IsArray)
            {
                path.Append('[').Append(frame.Index).Append(']');
            }
            else if (frame.Property is not null)
            {
                if (path.Length > 0)
                {
                    path.Append('.');
                }

                path.Append(Printable(frame.Property));
            }
        }

        return path.Length == 0 ? "body" : path.ToString();
    }

    /// <summary>Control characters and broken surrogates as <c>\uXXXX</c>, safe to show back.</summary>
    public static string Printable(string name)
    {
        if (ControlCharacters.AreAbsentFrom(name))
        {
            return name;
        }

        var printable = new StringBuilder(name.Length + 8);
        foreach (var c in name)
        {
            if (c < 0x20 || char.IsSurrogate(c))
            {
                printable.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                printable.Append(c);
            }
        }

        return printable.ToString();
    }

    private readonly record struct Frame(bool IsArray, int Index, string? Property);
}
