using Microsoft.EntityFrameworkCore;

namespace MovieRecommender.Analytics;

/// <summary>
/// Analytics tables in the app database (the accounts database: same connection string and provider). Its own
/// context and migrations history table, so its migrations never interleave with the accounts schema. One subclass
/// per provider carries that provider's migrations (<see cref="SqliteAnalyticsDbContext"/>,
/// <see cref="PostgresAnalyticsDbContext"/>).
/// </summary>
public abstract class AnalyticsDbContext(DbContextOptions options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__analytics_migrations";
    public const string EventsTable = "analytics_events";

    public DbSet<AnalyticsEvent> Events => Set<AnalyticsEvent>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        var events = modelBuilder.Entity<AnalyticsEvent>();
        events.ToTable(EventsTable);
        events.HasKey(e => e.Id);
        events.Property(e => e.Kind).HasConversion<int>();
        events.Property(e => e.List).HasMaxLength(AnalyticsEvent.ListMaxLength);
        events.Property(e => e.Algorithm).HasMaxLength(AnalyticsEvent.ListMaxLength);
        events.Property(e => e.Experiment).HasMaxLength(AnalyticsEvent.NameMaxLength);
        events.Property(e => e.Variant).HasMaxLength(AnalyticsEvent.NameMaxLength);
        events.Property(e => e.Subject).HasMaxLength(AnalyticsEvent.SubjectMaxLength);
        events.Property(e => e.Query).HasMaxLength(AnalyticsEvent.QueryMaxLength);
        events.HasIndex(e => e.OccurredAt);
        events.HasIndex(e => new { e.Experiment, e.Variant, e.Kind });
        events.HasIndex(e => new { e.Kind, e.Query });
    }
}
