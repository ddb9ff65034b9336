using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MovieRecommender.Analytics.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialAnalytics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "analytics_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    List = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    MovieId = table.Column<int>(type: "INTEGER", nullable: true),
                    Position = table.Column<int>(type: "INTEGER", nullable: true),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: true),
                    Algorithm = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Experiment = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Variant = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Query = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ResultCount = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_analytics_events", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_analytics_events_Experiment_Variant_Kind",
                table: "analytics_events",
                columns: new[] { "Experiment", "Variant", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_analytics_events_Kind_Query",
                table: "analytics_events",
                columns: new[] { "Kind", "Query" });

            migrationBuilder.CreateIndex(
                name: "IX_analytics_events_OccurredAt",
                table: "analytics_events",
                column: "OccurredAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "analytics_events");
        }
    }
}
