using ResumeExport.Application.Common.Paging;

namespace ResumeExport.Application.UnitTests.Common.Paging;

public sealed class CursorCodecTests
{
    [Test]
    public void A_cursor_survives_a_round_trip()
    {
        var cursor = new PageCursor(new DateTimeOffset(2026, 11, 26, 9, 30, 15, 123, TimeSpan.Zero).AddTicks(4567), Guid.NewGuid());

        var decoded = CursorCodec.TryDecode(CursorCodec.Encode(cursor), out var result);

        Assert.Multiple(() =>
        {
            Assert.That(decoded, Is.True);
            Assert.That(result, Is.EqualTo(cursor));
            Assert.That(result!.SortedAt.UtcTicks, Is.EqualTo(cursor.SortedAt.UtcTicks));
        });
    }

    [Test]
    public void A_cursor_taken_at_a_non_utc_offset_decodes_to_the_same_instant_in_utc()
    {
        var local = new DateTimeOffset(2026, 11, 26, 22, 30, 0, TimeSpan.FromHours(-5));
        var cursor = new PageCursor(local, Guid.NewGuid());

        CursorCodec.TryDecode(CursorCodec.Encode(cursor), out var result);

        Assert.Multiple(() =>
        {
            Assert.That(result, Is.Not.Null);
            Assert.That(result!.SortedAt.UtcTicks, Is.EqualTo(local.UtcTicks));
            Assert.That(result.SortedAt.Offset, Is.EqualTo(TimeSpan.Zero));
            Assert.That(result.Id, Is.EqualTo(cursor.Id));
        });
    }

    [Test]
    public void The_earliest_and_latest_instants_round_trip()
    {
        var id = Guid.NewGuid();

        Assert.Multiple(() =>
        {
            Assert.That(CursorCodec.TryDecode(CursorCodec.Encode(new PageCursor(DateTimeOffset.MinValue, id)), out var min), Is.True);
            Assert.That(min, Is.EqualTo(new PageCursor(DateTimeOffset.MinValue, id)));
            Assert.That(CursorCodec.TryDecode(CursorCodec.Encode(new PageCursor(DateTimeOffset.MaxValue, id)), out var max), Is.True);
            Assert.That(max, Is.EqualTo(new PageCursor(DateTimeOffset.MaxValue, id)));
        });
    }

    [Test]
    public void An_encoded_cursor_is_url_safe() =>
        Assert.That(CursorCodec.Encode(new PageCursor(DateTimeOffset.UtcNow, Guid.NewGuid())), Does.Match("^[A-Za-z0-9_-]+$"));

    [TestCase(null)]
    [TestCase("")]
    public void No_cursor_decodes_as_the_first_page(string? value)
    {
        var decoded = CursorCodec.TryDecode(value, out var cursor);

        Assert.Multiple(() =>
        {
            Assert.That(decoded, Is.True);
            Assert.That(cursor, Is.Null);
        });
    }

    [Test]
    public void A_tampered_cursor_does_not_decode()
    {
        var decoded = CursorCodec.TryDecode("tampered!", out var cursor);

        Assert.Multiple(() =>
        {
            Assert.That(decoded, Is.False);
            Assert.That(cursor, Is.Null);
        });
    }
}
