using Microsoft.EntityFrameworkCore.Migrations;

namespace Porta.Infrastructure.Migrations;

/// <summary>
/// The work queues' indexes, in the order the queues are listed: one organisation, one team (or assignee, or
/// neither: the at-risk and overdue queues and counters take a range of deadlines per status), one status, the
/// deadline in force — the delayed one if a delay notice moved it — then the id, since a day's questions share
/// their deadline. EF Core cannot model an index on an expression, so both providers'
/// migrations create them with this SQL (the same on SQLite and PostgreSQL).
/// </summary>
internal static class QueueIndexes
{
    private static readonly (string Name, string Holder)[] Indexes =
    [
        ("IX_Questions_Team_Queue", "\"TeamId\", "),
        ("IX_Questions_Assignee_Queue", "\"AssigneeId\", "),
        ("IX_Questions_Deadline_Queue", ""),
    ];

    public static void Create(MigrationBuilder migrationBuilder)
    {
        foreach (var (name, holder) in Indexes)
        {
            migrationBuilder.Sql($"""CREATE INDEX "{name}" ON "Questions" ("OrganisationId", {holder}"Status", COALESCE("DelayedDueAt", "AnswerDueAt"), "Id");""");
        }
    }

    public static void Drop(MigrationBuilder migrationBuilder)
    {
        foreach (var (name, _) in Indexes)
        {
            migrationBuilder.Sql($"""DROP INDEX "{name}";""");
        }
    }
}
