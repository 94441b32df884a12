using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Porta.Infrastructure.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Bench : Migration
    {
        /// <summary>The queues list questions by the deadline in force, then id: the old per-holder indexes make way for
        /// expression indexes EF cannot model (<see cref="QueueIndexes"/>).</summary>
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Questions_OrganisationId_AssigneeId_Status",
                table: "Questions");

            migrationBuilder.DropIndex(
                name: "IX_Questions_OrganisationId_TeamId_Status",
                table: "Questions");

            QueueIndexes.Create(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            QueueIndexes.Drop(migrationBuilder);

            migrationBuilder.CreateIndex(
                name: "IX_Questions_OrganisationId_AssigneeId_Status",
                table: "Questions",
                columns: new[] { "OrganisationId", "AssigneeId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Questions_OrganisationId_TeamId_Status",
                table: "Questions",
                columns: new[] { "OrganisationId", "TeamId", "Status" });
        }
    }
}
