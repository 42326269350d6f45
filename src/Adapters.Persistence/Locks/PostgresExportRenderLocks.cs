using System.Buffers.Binary;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using ResumeExport.Application.Common.Ports.Persistence;

namespace ResumeExport.Adapters.Persistence.Locks;

/// <summary>
/// A session-level advisory lock per export (decision 43), taken on the use case's own database connection, which stays
/// open for the whole render: no extra connection per render and no transaction open meanwhile. When the process dies,
/// PostgreSQL ends its session and the lock with it, so the redelivered message can take it at once.
/// </summary>
internal sealed class PostgresExportRenderLocks(AppDbContext db) : IExportRenderLocks
{
    public async Task<IAsyncDisposable?> TryAcquireAsync(Guid exportId, CancellationToken cancellationToken)
    {
        var key = KeyOf(exportId);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            if (await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_lock({key}) AS \"Value\"").SingleAsync(cancellationToken))
            {
                return new HeldLock(db, key);
            }
        }
        catch
        {
            await db.Database.CloseConnectionAsync();
            throw;
        }

        await db.Database.CloseConnectionAsync();
        return null;
    }

    /// <summary>
    /// The id's two halves folded into the lock's 64 bits: a UUIDv7's first half is mostly its timestamp, so exports
    /// created in the same millisecond would share it. Two exports of one key (about 2^-64 for any pair) only make the
    /// later one skip a delivery while the other renders.
    /// </summary>
    internal static long KeyOf(Guid exportId)
    {
        Span<byte> bytes = stackalloc byte[16];
        exportId.TryWriteBytes(bytes);
        return BinaryPrimitives.ReadInt64LittleEndian(bytes) ^ BinaryPrimitives.ReadInt64LittleEndian(bytes[8..]);
    }

    private sealed class HeldLock(AppDbContext db, long key) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await db.Database.SqlQuery<bool>($"SELECT pg_advisory_unlock({key}) AS \"Value\"").SingleAsync(CancellationToken.None);
            }
            catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException)
            {
                // The session is gone (PostgreSQL restarted, the connection was cut): so is its lock.
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }
}
