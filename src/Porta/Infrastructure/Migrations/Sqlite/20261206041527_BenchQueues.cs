using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Porta.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class BenchQueues : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Questions_OrganisationId_AssigneeId_Status_AnswerDueAt_Id",
                table: "Questions");

            migrationBuilder.DropIndex(
                name: "IX_Questions_OrganisationId_TeamId_Status_AnswerDueAt_Id",
                table: "Questions");

            QueueIndexes.Create(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            QueueIndexes.Drop(migrationBuilder);

            migrationBuilder.CreateIndex(
                name: "IX_Questions_OrganisationId_AssigneeId_Status_AnswerDueAt_Id",
                table: "Questions",
                columns: new[] { "OrganisationId", "AssigneeId", "Status", "AnswerDueAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Questions_OrganisationId_TeamId_Status_AnswerDueAt_Id",
                table: "Questions",
                columns: new[] { "OrganisationId", "TeamId", "Status", "AnswerDueAt", "Id" });
        }
    }
}
