using Microsoft.EntityFrameworkCore;
using MovieRecommender.Analytics;
using MovieRecommender.Analytics.Reports;
using MovieRecommender.Analytics.Storage;
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

    [SkippableFact]
    public async Task BatchWriter_BatchWithEveryFieldAndNulls_StoresEveryRowAsGiven()
    {
        Skip.If(_skipReason is not null, _skipReason);

        // Arrange: more rows than one statement's worth, every field set on some rows and null on others.
        const int count = 2_500;
        var events = Enumerable.Range(0, count).Select(i => i % 2 == 0
            ? new AnalyticsEvent
            {
                OccurredAt = Day.AddTicks(i * 1_234_560L), Kind = (AnalyticsEventKind)(1 + (i % 4)), List = "similar", MovieId = i,
                Position = i % 20, SourceId = 949, Algorithm = "hybrid", Experiment = "prior-test", Variant = "strong",
                Subject = new string('a', AnalyticsEvent.SubjectMaxLength), Query = "heat é " + i, ResultCount = i % 3,
            }
            : new AnalyticsEvent { OccurredAt = Day.AddSeconds(i), Kind = AnalyticsEventKind.Impression }).ToList();

        // Act
        await Databases.CreateBatchWriter().WriteAsync(events, CancellationToken.None);

        // Assert
        await using var db = Databases.CreateDbContext();
        var stored = await db.Events.AsNoTracking().OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(count, stored.Count);
        Assert.Equal(count, stored.Select(e => e.Id).Distinct().Count());
        Assert.Equal(events.Select(Fields), stored.Select(Fields));
    }

    [SkippableFact]
    public async Task BatchWriter_EmptyBatch_StoresNothing()
    {
        Skip.If(_skipReason is not null, _skipReason);

        // Act
        await Databases.CreateBatchWriter().WriteAsync([], CancellationToken.None);

        // Assert
        await using var db = Databases.CreateDbContext();
        Assert.Equal(0, await db.Events.CountAsync());
    }

    [SkippableFact]
    public async Task BatchWriter_Columns_AreEveryStoredPropertyOfTheModel()
    {
        Skip.If(_skipReason is not null, _skipReason);

        // Arrange
        await using var db = Databases.CreateDbContext();
        var entity = db.Model.FindEntityType(typeof(AnalyticsEvent))!;
        var table = Microsoft.EntityFrameworkCore.Metadata.StoreObjectIdentifier.Table(AnalyticsDbContext.EventsTable);

        // Act
        var modelColumns = entity.GetProperties().Where(p => !p.IsPrimaryKey()).Select(p => p.GetColumnName(table)).ToHashSet();

        // Assert
        Assert.Equal(AnalyticsDbContext.EventsTable, entity.GetTableName());
        Assert.Equal(modelColumns.Order(StringComparer.Ordinal), AnalyticsEventColumns.Names.Order(StringComparer.Ordinal));
    }

    // Every stored value, with the instant as UTC ticks (SQLite hands back Unspecified, PostgreSQL Utc; microsecond ticks survive both).
    private static string Fields(AnalyticsEvent e) => string.Join('|',
        (e.OccurredAt.Kind == DateTimeKind.Local ? e.OccurredAt.ToUniversalTime() : e.OccurredAt).Ticks, e.Kind, e.List, e.MovieId, e.Position, e.SourceId, e.Algorithm, e.Experiment,
        e.Variant, e.Subject, e.Query, e.ResultCount);

    private static AnalyticsEvent Served(string variant, string subject) => new()
    {
        OccurredAt = Day, Kind = AnalyticsEventKind.Served, List = "similar", Experiment = "prior-test", Variant = variant, Subject = subject,
    };

    private static AnalyticsEvent Event(AnalyticsEventKind kind, string variant, string subject) => new()
    {
        OccurredAt = Day, Kind = kind, List = "similar", MovieId = 949, Position = 0, Experiment = "prior-test", Variant = variant, Subject = subject,
    };

    // Through the bulk path the app writes with, so the reports are checked against rows as the writer stores them.
    private Task StoreAsync(params AnalyticsEvent[] events) => Databases.CreateBatchWriter().WriteAsync(events, CancellationToken.None);
}

public sealed class SqliteAnalyticsStoreTests() : AnalyticsStoreTests(AnalyticsDatabaseProvider.Sqlite);

public sealed class PostgresAnalyticsStoreTests() : AnalyticsStoreTests(AnalyticsDatabaseProvider.Postgres);
