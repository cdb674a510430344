using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Concord.Core.Data;

// Used only by `dotnet ef migrations add` to build the model for each provider.

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteConcordDbContext>
{
    public SqliteConcordDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteConcordDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresConcordDbContext>
{
    public PostgresConcordDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresConcordDbContext>().UseNpgsql("Host=127.0.0.1;Database=design").Options);
}
