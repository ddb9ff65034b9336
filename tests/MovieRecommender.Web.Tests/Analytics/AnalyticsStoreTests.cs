using Microsoft.EntityFrameworkCore;
using MovieRecommender.Analytics;
using MovieRecommender.Analytics.Reports;
using MovieRecommender.TestSupport;

namespace MovieRecommender.Web.Tests.Analytics;

/// <summary>
/// The analytics store and its report queries on each real database engine: the migrations match the model, and
/// the aggregates the dashboard and the experiment report show are computed the same way on SQLite and PostgreSQL.
/// </summary>
public abstract class AnalyticsStoreTests(AnalyticsDatabaseProvider provider) : IAsyncLifetime
{
    private static readonly DateTime Day = new(2026, 3, 14, 0, 0, 0, DateTimeKind.Utc);
    private string? _folder;
    private string? _skipReason;
    private AnalyticsDbContextFactory? _databases;

    private AnalyticsDbContextFactory Databases => _databases ?? throw new InvalidOperationException(_skipReason);

    public async Task InitializeAsync()
    {
        if (provider == AnalyticsDatabaseProvider.Postgres)
        {
            var server = await PostgresServer.SharedAsync();
            if (server is null)
            {
                // Installed but not startable is a failure to see, not a reason to skip.
                _skipReason = PostgresServer.UnavailableReason ?? "PostgreSQL is not available";
                if (!_skipReason.StartsWith("PostgreSQL is not installed", StringComparison.Ordinal))
                {
                    throw new InvalidOperationException(_skipReason);
                }

                return;
            }

            // A session time zone far from UTC: days must still be UTC days.
            var connection = await server.CreateDatabaseAsync("analytics") + ";Timezone=Pacific/Kiritimati";
            _databases = new AnalyticsDbContextFactory(AnalyticsDatabase.Resolve(provider, connection, null, Path.GetTempPath()));
        }
        else
        {
            _folder = Directory.CreateTempSubdirectory("movierec-analytics-").FullName;
            _databases = new AnalyticsDbContextFactory(AnalyticsDatabase.Resolve(provider, null, null, _folder));
        }

        await _databases.EnsureMigratedAsync();
    }

    public Task DisposeAsync()
    {
        if (_folder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }

        return Task.CompletedTask;
    }

    [SkippableFact]
    public async Task Migrate_NewDatabase_ModelHasNoPendingChanges()
    {
        Skip.If(_skipReason is not null, _skipReason);

        // Act
        await using var db = Databases.CreateDbContext();

        // Assert
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges(), "the analytics model changed without a migration: add one for both providers");
    }

    [SkippableFact]
    public async Task ExperimentTotals_ServedImpressionsClicks_CountsDistinctSubjectsPerVariant()
    {
        Skip.If(_skipReason is not null, _skipReason);

        // Arrange: a sees two lists (one exposure), b one; two impressions and a click in control, one impression in strong.
        await StoreAsync(
            Served("control", "a"), Served("control", "a"), Served("strong", "b"),
            Event(AnalyticsEventKind.Impression, "control", "a"), Event(AnalyticsEventKind.Impression, "control", "a"),
            Event(AnalyticsEventKind.Click, "control", "a"), Event(AnalyticsEventKind.Impression, "strong", "b"),
            new AnalyticsEvent { OccurredAt = Day, Kind = AnalyticsEventKind.Impression, List = "similar", MovieId = 1, Experiment = "other", Variant = "control" });

        // Act
        var totals = await new AnalyticsReader(Databases).ExperimentTotalsAsync("prior-test", CancellationToken.None);

        // Assert
        Assert.Equal(
            [new VariantTotals("control", 1, 2, 1), new VariantTotals("strong", 1, 1, 0)],
            totals.OrderBy(t => t.Variant, StringComparer.Ordinal));
    }

    [SkippableFact]
    public async Task DailyActivity_EventsNearMidnight_CountedOnTheirUtcDay()
    {
        Skip.If(_skipReason is not null, _skipReason);

        // Arrange
        await StoreAsync(
            new AnalyticsEvent { OccurredAt = Day.AddMinutes(-30), Kind = AnalyticsEventKind.Search, Query = "heat", ResultCount = 3 },
            new AnalyticsEvent { OccurredAt = Day.AddMinutes(30), Kind = AnalyticsEventKind.Search, Query = "heat", ResultCount = 3 },
            new AnalyticsEvent { OccurredAt = Day.AddHours(23).AddMinutes(30), Kind = AnalyticsEventKind.Served, List = "similar" });

        // Act
        var days = await new AnalyticsReader(Databases).DailyActivityAsync(Day.AddDays(-1), CancellationToken.None);

        // Assert
        Assert.Equal(
            [new DailyActivity(DateOnly.FromDateTime(Day.AddDays(-1)), 1, 0), new DailyActivity(DateOnly.FromDateTime(Day), 1, 1)],
            days);
    }

    [SkippableFact]
    public async Task TopSearches_BelowMinimumCount_Hidden()
    {
        Skip.If(_skipReason is not null, _skipReason);

        // Arrange
        var heat = Enumerable.Range(0, 3).Select(_ => new AnalyticsEvent { OccurredAt = Day, Kind = AnalyticsEventKind.Search, Query = "heat", ResultCount = 10 });
        var typo = Enumerable.Range(0, 4).Select(_ => new AnalyticsEvent { OccurredAt = Day, Kind = AnalyticsEventKind.Search, Query = "hheat", ResultCount = 0 });
        var once = new AnalyticsEvent { OccurredAt = Day, Kind = AnalyticsEventKind.Search, Query = "my secret name", ResultCount = 0 };
        await StoreAsync([.. heat, .. typo, once]);
        var reader = new AnalyticsReader(Databases);

        // Act
        var top = await reader.TopSearchesAsync(Day, minimumCount: 3, limit: 10, zeroResultsOnly: false, CancellationToken.None);
        var zero = await reader.TopSearchesAsync(Day, minimumCount: 3, limit: 10, zeroResultsOnly: true, CancellationToken.None);

        // Assert
        Assert.Equal([new SearchCount("hheat", 4), new SearchCount("heat", 3)], top);
        Assert.Equal([new SearchCount("hheat", 4)], zero);
    }

    [SkippableFact]
    public async Task ClickThrough_PerListAndVariant_CountsImpressionsAndClicks()
    {
        Skip.If(_skipReason is not null, _skipReason);

        // Arrange
        await StoreAsync(
            Event(AnalyticsEventKind.Impression, "control", "a"), Event(AnalyticsEventKind.Click, "control", "a"),
            new AnalyticsEvent { OccurredAt = Day, Kind = AnalyticsEventKind.Impression, List = "top-rated", MovieId = 2 },
            new AnalyticsEvent { OccurredAt = Day, Kind = AnalyticsEventKind.Impression, List = "top-rated", MovieId = 3 });

        // Act
        var rows = await new AnalyticsReader(Databases).ClickThroughAsync(Day, CancellationToken.None);

        // Assert
        Assert.Equal(
            [new ListClickThrough("similar", "prior-test", "control", 1, 1), new ListClickThrough("top-rated", null, null, 2, 0)],
            rows);
    }

    private static AnalyticsEvent Served(string variant, string subject) => new()
    {
        OccurredAt = Day, Kind = AnalyticsEventKind.Served, List = "similar", Experiment = "prior-test", Variant = variant, Subject = subject,
    };

    private static AnalyticsEvent Event(AnalyticsEventKind kind, string variant, string subject) => new()
    {
        OccurredAt = Day, Kind = kind, List = "similar", MovieId = 949, Position = 0, Experiment = "prior-test", Variant = variant, Subject = subject,
    };

    private async Task StoreAsync(params AnalyticsEvent[] events)
    {
        await using var db = Databases.CreateDbContext();
        db.Events.AddRange(events);
        await db.SaveChangesAsync();
    }
}

public sealed class SqliteAnalyticsStoreTests() : AnalyticsStoreTests(AnalyticsDatabaseProvider.Sqlite);

public sealed class PostgresAnalyticsStoreTests() : AnalyticsStoreTests(AnalyticsDatabaseProvider.Postgres);
