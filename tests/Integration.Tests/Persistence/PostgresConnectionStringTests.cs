using Npgsql;
using ResumeExport.Adapters.Persistence;

namespace ResumeExport.Integration.Tests.Persistence;

/// <summary>Each process bounds its pool and names itself to PostgreSQL; what the connection string says explicitly wins (pure).</summary>
public sealed class PostgresConnectionStringTests
{
    [Test]
    public void The_pool_is_bounded_by_Database_MaxPoolSize_and_named_after_the_process()
    {
        var built = new NpgsqlConnectionStringBuilder(
            PostgresConnectionString.From("Host=db;Database=app;Username=u", new DatabaseOptions { MaxPoolSize = 12 }, "resume-export-api").Value);

        Assert.That(built.MaxPoolSize, Is.EqualTo(12));
        Assert.That(built.ApplicationName, Is.EqualTo("resume-export-api"));
    }

    [TestCase("Maximum Pool Size=7")]
    [TestCase("MaxPoolSize=7")]
    [TestCase("maximum pool size = 7")]
    public void A_pool_size_written_in_the_connection_string_wins(string setting)
    {
        var built = new NpgsqlConnectionStringBuilder(
            PostgresConnectionString.From($"Host=db;{setting};Application Name=api-2", new DatabaseOptions { MaxPoolSize = 12 }, "resume-export-api").Value);

        Assert.That(built.MaxPoolSize, Is.EqualTo(7));
        Assert.That(built.ApplicationName, Is.EqualTo("api-2"));
    }

    [Test]
    public void Statements_are_prepared_automatically_up_to_Database_MaxAutoPrepare()
    {
        var built = new NpgsqlConnectionStringBuilder(
            PostgresConnectionString.From("Host=db;Database=app;Username=u", new DatabaseOptions { MaxAutoPrepare = 32 }, "resume-export-api").Value);

        Assert.That(built.MaxAutoPrepare, Is.EqualTo(32));
    }

    [TestCase("Max Auto Prepare=0")]
    [TestCase("MaxAutoPrepare=0")]
    public void Automatic_preparation_written_in_the_connection_string_wins(string setting)
    {
        var built = new NpgsqlConnectionStringBuilder(
            PostgresConnectionString.From($"Host=db;{setting}", new DatabaseOptions { MaxAutoPrepare = 32 }, "resume-export-api").Value);

        Assert.That(built.MaxAutoPrepare, Is.Zero);
    }

    [Test]
    public void By_default_sixty_four_statements_per_connection_are_kept_prepared() =>
        Assert.That(new DatabaseOptions().MaxAutoPrepare, Is.EqualTo(64));

    [Test]
    public void The_default_bound_is_twenty() => Assert.That(new DatabaseOptions().MaxPoolSize, Is.EqualTo(20));
}
