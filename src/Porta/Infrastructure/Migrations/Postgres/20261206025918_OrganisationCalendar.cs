using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Porta.Infrastructure.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OrganisationCalendar : Migration
    {
        /// <summary>Organisations created before calendars were stored keep the charter's hours.</summary>
        private const string CharterHours = "{\"timeZoneId\":\"Europe/Brussels\",\"openingHours\":[{\"day\":\"Monday\",\"start\":\"08:30:00\",\"end\":\"12:30:00\"},{\"day\":\"Monday\",\"start\":\"13:00:00\",\"end\":\"16:30:00\"},{\"day\":\"Tuesday\",\"start\":\"08:30:00\",\"end\":\"12:30:00\"},{\"day\":\"Tuesday\",\"start\":\"13:00:00\",\"end\":\"16:30:00\"},{\"day\":\"Wednesday\",\"start\":\"08:30:00\",\"end\":\"12:30:00\"},{\"day\":\"Wednesday\",\"start\":\"13:00:00\",\"end\":\"16:30:00\"},{\"day\":\"Thursday\",\"start\":\"08:30:00\",\"end\":\"12:30:00\"},{\"day\":\"Thursday\",\"start\":\"13:00:00\",\"end\":\"16:30:00\"},{\"day\":\"Friday\",\"start\":\"08:30:00\",\"end\":\"12:30:00\"},{\"day\":\"Friday\",\"start\":\"13:00:00\",\"end\":\"16:00:00\"}],\"belgianHolidays\":true,\"closureDays\":[],\"annualClosureDays\":[]}";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Calendar",
                table: "Organisations",
                type: "text",
                nullable: false,
                defaultValue: CharterHours);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Calendar",
                table: "Organisations");
        }
    }
}
