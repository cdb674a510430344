using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Concord.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Records : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Records",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    OwnerOrganisationId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OwnerStateCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    HandlingCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    HandlingConditions = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Evaluation = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Distribution = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DistributionStates = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    LegalReference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ReviewDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReviewFlaggedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    SuspendedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Details = table.Column<string>(type: "TEXT", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    StatusReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Records", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "HitNotices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OwnerOrganisationId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SearcherUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SearcherName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    SearcherOrganisationId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SearcherStateCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Query = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Score = table.Column<double>(type: "REAL", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HitNotices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HitNotices_Records_RecordId",
                        column: x => x.RecordId,
                        principalTable: "Records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RecordVersions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecordId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    OrganisationId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Change = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Snapshot = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecordVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecordVersions_Records_RecordId",
                        column: x => x.RecordId,
                        principalTable: "Records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_HitNotices_OwnerOrganisationId_Status_CreatedAt",
                table: "HitNotices",
                columns: new[] { "OwnerOrganisationId", "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_HitNotices_RecordId_SearcherUserId",
                table: "HitNotices",
                columns: new[] { "RecordId", "SearcherUserId" });

            migrationBuilder.CreateIndex(
                name: "IX_HitNotices_SearcherUserId_CreatedAt",
                table: "HitNotices",
                columns: new[] { "SearcherUserId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Records_Origin_ExternalId",
                table: "Records",
                columns: new[] { "Origin", "ExternalId" });

            migrationBuilder.CreateIndex(
                name: "IX_Records_OwnerOrganisationId_Status",
                table: "Records",
                columns: new[] { "OwnerOrganisationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Records_ReviewDate",
                table: "Records",
                column: "ReviewDate");

            migrationBuilder.CreateIndex(
                name: "IX_Records_UpdatedAt",
                table: "Records",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_RecordVersions_RecordId_Version",
                table: "RecordVersions",
                columns: new[] { "RecordId", "Version" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HitNotices");

            migrationBuilder.DropTable(
                name: "RecordVersions");

            migrationBuilder.DropTable(
                name: "Records");
        }
    }
}
