using System.Buffers.Binary;
using System.IO.Compression;

namespace ResumeExport.Integration.Tests.Support;

/// <summary>
/// Just enough of a PNG decoder to look at the previews Chromium writes (8-bit RGB or RGBA, not interlaced): size and
/// pixels, so tests can tell a page with content from a blank one and find where the ink is.
/// </summary>
public sealed class PngPixels
{
    private static readonly byte[] Signature = [137, 80, 78, 71, 13, 10, 26, 10];
    private readonly byte[] gray;

    private PngPixels(int width, int height, byte[] gray)
    {
        Width = width;
        Height = height;
        this.gray = gray;
    }

    public int Width { get; }

    public int Height { get; }

    public static bool IsPng(ReadOnlySpan<byte> bytes) => bytes.Length > 8 && bytes[..8].SequenceEqual(Signature);

    public static PngPixels Decode(byte[] png)
    {
        if (!IsPng(png))
        {
            throw new FormatException("Not a PNG.");
        }

        int width = 0, height = 0, channels = 0;
        using var idat = new MemoryStream();
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            var data = png.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                if (data[8] != 8 || data[12] != 0 || data[9] is not (2 or 6))
                {
                    throw new FormatException($"Unsupported PNG: depth {data[8]}, colour type {data[9]}, interlace {data[12]}.");
                }

                channels = data[9] == 2 ? 3 : 4;
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }

            at += 12 + length;
        }

        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(idat, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        return new PngPixels(width, height, ToGray(inflated.ToArray(), width, height, channels));
    }

    /// <summary>Lightness of a pixel, 0 (black) to 255 (white).</summary>
    public byte At(int x, int y) => gray[(y * Width) + x];

    /// <summary>Share of pixels darker than <paramref name="threshold"/>: about 0 for a blank page.</summary>
    public double InkRatio(int threshold = 200) => gray.Count(v => v < threshold) / (double)gray.Length;

    /// <summary>The smallest box holding every pixel darker than <paramref name="threshold"/> (left, top, right, bottom), or null.</summary>
    public (int Left, int Top, int Right, int Bottom)? InkBox(int threshold = 200)
    {
        int left = Width, top = Height, right = -1, bottom = -1;
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                if (At(x, y) < threshold)
                {
                    left = Math.Min(left, x);
                    right = Math.Max(right, x);
                    top = Math.Min(top, y);
                    bottom = Math.Max(bottom, y);
                }
            }
        }

        return right < 0 ? null : (left, top, right, bottom);
    }

    private static byte[] ToGray(byte[] raw, int width, int height, int channels)
    {
        var stride = width * channels;
        var previous = new byte[stride];
        var current = new byte[stride];
        var gray = new byte[width * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            Array.Copy(raw, (y * (stride + 1)) + 1, current, 0, stride);
            Unfilter(filter, current, previous, channels);
            for (var x = 0; x < width; x++)
            {
                var p = x * channels;
                gray[(y * width) + x] = (byte)(((current[p] * 299) + (current[p + 1] * 587) + (current[p + 2] * 114)) / 1000);
            }

            (previous, current) = (current, previous);
        }

        return gray;
    }

    private static void Unfilter(byte filter, byte[] line, byte[] above, int bpp)
    {
        for (var i = 0; i < line.Length; i++)
        {
            int a = i >= bpp ? line[i - bpp] : 0, b = above[i], c = i >= bpp ? above[i - bpp] : 0;
            line[i] = (byte)(line[i] + filter switch
            {
                0 => 0,
                1 => a,
                2 => b,
                3 => (a + b) / 2,
                4 => Paeth(a, b, c),
                _ => throw new FormatException($"Unknown PNG filter {filter}."),
            });
        }
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
