using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Porta.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Portal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "BrandColour",
                table: "Organisations",
                type: "TEXT",
                maxLength: 7,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactEmail",
                table: "Organisations",
                type: "TEXT",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LogoUrl",
                table: "Organisations",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            // Existing organisations start without phone numbers or address: an empty JSON object, as the converter reads it.
            migrationBuilder.AddColumn<string>(
                name: "PhoneNumbers",
                table: "Organisations",
                type: "TEXT",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.AddColumn<string>(
                name: "PostalAddress",
                table: "Organisations",
                type: "TEXT",
                nullable: false,
                defaultValue: "{}");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "BrandColour",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "ContactEmail",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "LogoUrl",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "PhoneNumbers",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "PostalAddress",
                table: "Organisations");
        }
    }
}
