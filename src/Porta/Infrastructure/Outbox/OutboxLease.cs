using Microsoft.EntityFrameworkCore;

namespace Porta.Infrastructure.Outbox;

/// <summary>
/// Takes a batch of due outbox messages for one node. On PostgreSQL, <c>FOR UPDATE SKIP LOCKED</c> lets
/// nodes take disjoint batches without waiting on each other; on SQLite, which has one writer, a
/// conditional update claims each row. Either way a message is held by one node until its lease ends.
/// </summary>
internal static class OutboxLease
{
    public static async Task<List<Guid>> TakeAsync(PortaDbContext db, string node, DateTimeOffset now, OutboxOptions options, CancellationToken cancellationToken)
    {
        var until = now.AddSeconds(options.LeaseSeconds);
        if (db.Database.IsNpgsql())
        {
            return await db.Database.SqlQuery<Guid>($"""
                UPDATE "OutboxMessages" SET "LockedUntil" = {until}, "LockedBy" = {node}
                WHERE "Id" IN (
                    SELECT "Id" FROM "OutboxMessages"
                    WHERE "SentAt" IS NULL AND "FailedAt" IS NULL AND "AvailableAt" <= {now}
                      AND ("LockedUntil" IS NULL OR "LockedUntil" < {now})
                    ORDER BY "AvailableAt" LIMIT {options.BatchSize}
                    FOR UPDATE SKIP LOCKED)
                RETURNING "Id" AS "Value"
                """).ToListAsync(cancellationToken);
        }
        var candidates = await Due(db, now).OrderBy(o => o.AvailableAt).Select(o => o.Id).Take(options.BatchSize).ToListAsync(cancellationToken);
        var taken = new List<Guid>(candidates.Count);
        foreach (var id in candidates)
        {
            var claimed = await Due(db, now).Where(o => o.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.LockedUntil, until).SetProperty(o => o.LockedBy, node), cancellationToken);
            if (claimed == 1)
            {
                taken.Add(id);
            }
        }
        return taken;
    }

    private static IQueryable<OutboxMessage> Due(PortaDbContext db, DateTimeOffset now) =>
        db.Outbox.IgnoreQueryFilters().Where(o => o.SentAt == null && o.FailedAt == null && o.AvailableAt <= now
            && (o.LockedUntil == null || o.LockedUntil < now));
}
