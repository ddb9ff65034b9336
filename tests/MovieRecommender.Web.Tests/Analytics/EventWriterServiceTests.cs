using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using MovieRecommender.Analytics;
using MovieRecommender.Analytics.Storage;
using MovieRecommender.Core.Recommendations;
using MovieRecommender.Web.Analytics;
using MovieRecommender.Web.Caching;
using MovieRecommender.Web.Observability;
using MovieRecommender.Web.Settings;

namespace MovieRecommender.Web.Tests.Analytics;

/// <summary>
/// The background writer: batches cut at <c>Analytics:BatchSize</c> and written whole, failures counted, and a graceful
/// stop that stores every accepted event (or counts what it could not store in time). The database is a fake here;
/// the bulk paths themselves are tested per provider in <see cref="AnalyticsStoreTests"/>.
/// </summary>
public sealed class EventWriterServiceTests : IDisposable
{
    private readonly ServiceProvider _meters = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly string _folder = Directory.CreateTempSubdirectory("movierec-writer-").FullName;
    private readonly DroppedCounter _dropped;
    private readonly AppMetrics _metrics;

    private AnalyticsErasure Erasure { get; set; } = null!;

    public EventWriterServiceTests()
    {
        var meterFactory = _meters.GetRequiredService<IMeterFactory>();
        _metrics = new AppMetrics(meterFactory, Mock.Of<IRecommenderService>(), new PageCacheStatistics(), new EventTotals());
        _dropped = new DroppedCounter(meterFactory);
    }

    public void Dispose()
    {
        _dropped.Dispose();
        _meters.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task WriteAvailable_MoreThanBatchSize_WritesFullBatchesThenTheRest()
    {
        // Arrange
        var (queue, writer, service) = Create(batchSize: 1_000);
        queue.Enqueue(Events(2_500));

        // Act
        await service.WriteAvailableAsync(CancellationToken.None);

        // Assert
        Assert.Equal([1_000, 1_000, 500], writer.BatchSizes);
        Assert.Equal(Enumerable.Range(0, 2_500), writer.Written.Select(e => e.MovieId!.Value));
        Assert.Equal(0, queue.Count);
    }

    [Fact]
    public async Task StopAsync_EventsQueued_StoresEveryOneBeforeReturning()
    {
        // Arrange: the writer is blocked until the stop begins, so the events are still queued then.
        var (queue, writer, service) = Create(batchSize: 300);
        writer.Gate = new TaskCompletionSource();
        await service.StartAsync(CancellationToken.None);
        queue.Enqueue(Events(1_000));

        // Act
        var stopping = service.StopAsync(CancellationToken.None);
        writer.Gate.SetResult();
        await stopping;

        // Assert
        Assert.Equal(1_000, writer.Written.Count);
        Assert.Equal(0, _dropped.Total);
    }

    [Fact]
    public async Task StopAsync_AfterStop_NewEventsRefusedAndCountedAsStopped()
    {
        // Arrange
        var (queue, writer, service) = Create(batchSize: 100);
        await service.StartAsync(CancellationToken.None);
        await service.StopAsync(CancellationToken.None);

        // Act
        var accepted = queue.Enqueue(Events(5));

        // Assert
        Assert.Equal(0, accepted);
        Assert.Empty(writer.Written);
        Assert.Equal(5, _dropped.Of(EventChannel.StoppedReason));
    }

    [Fact]
    public async Task StopAsync_HostTimeoutBeforeDrainEnds_ReturnsAndCountsEveryUnstoredEvent()
    {
        // Arrange: a database that never answers. The events are queued before the writer starts, so its first batch
        // is a full 100 (queued while it runs, it could wake after the first few and send those alone, as in a CI run).
        var (queue, writer, service) = Create(batchSize: 100);
        writer.Gate = new TaskCompletionSource();
        queue.Enqueue(Events(250));
        await service.StartAsync(CancellationToken.None);
        await writer.Entered.Task; // the first batch of 100 is in flight
        using var hostTimeout = new CancellationTokenSource();

        // Act
        var stopping = service.StopAsync(hostTimeout.Token);
        await hostTimeout.CancelAsync();
        await stopping;
        await service.ExecuteTask!; // the cancelled batch is counted by the writer loop as it unwinds

        // Assert: the batch in flight failed (cancelled), the rest never left the queue; nothing is unaccounted for.
        Assert.Empty(writer.Written);
        Assert.Equal(150, _dropped.Of(EventWriterService.ShutdownTimeoutReason));
        Assert.Equal(100, _dropped.Of(EventWriterService.WriteFailedReason));
        Assert.Equal(0, queue.Count);
    }

    [Fact]
    public async Task WriteAvailable_BatchFails_CountsItAndWritesTheNextOne()
    {
        // Arrange
        var (queue, writer, service) = Create(batchSize: 10);
        writer.FailNext = true;
        queue.Enqueue(Events(15));

        // Act
        await service.WriteAvailableAsync(CancellationToken.None);

        // Assert
        Assert.Equal(10, _dropped.Of(EventWriterService.WriteFailedReason));
        Assert.Equal(Enumerable.Range(10, 5), writer.Written.Select(e => e.MovieId!.Value));
    }

    [Fact]
    public async Task WriteAvailable_EventsOfAnAccountDeletedMeanwhile_DroppedOthersStored()
    {
        // Arrange: the account is deleted while two of its events are still queued.
        var (queue, writer, service) = Create(batchSize: 100);
        var deleted = AnalyticsSubject.StoredKey(AnalyticsSubject.ForUser("deleted-user"));
        var kept = AnalyticsSubject.StoredKey(AnalyticsSubject.ForUser("other-user"));
        var events = Events(4);
        events[0].Subject = deleted;
        events[1].Subject = kept;
        events[2].Subject = deleted;
        queue.Enqueue(events);
        await Erasure.EraseUserAsync("deleted-user", CancellationToken.None);

        // Act
        await service.WriteAvailableAsync(CancellationToken.None);

        // Assert
        Assert.Equal([kept, null], writer.Written.Select(e => e.Subject));
    }

    private (EventChannel Queue, RecordingWriter Writer, EventWriterService Service) Create(int batchSize)
    {
        var settings = Options.Create(new AnalyticsSettings { BatchSize = batchSize, QueueCapacity = 10_000 });
        var queue = new EventChannel(settings, _metrics, new EventTotals());
        var writer = new RecordingWriter();
        // A real (empty) SQLite database only for the migration the writer awaits; rows go to the fake.
        var databases = new AnalyticsDbContextFactory(AnalyticsDatabase.Resolve(AnalyticsDatabaseProvider.Sqlite, null, null, _folder));
        Erasure = new AnalyticsErasure(databases, TimeProvider.System);
        var service = new EventWriterService(queue, databases, writer, Erasure, settings, _metrics, TimeProvider.System, NullLogger<EventWriterService>.Instance);
        return (queue, writer, service);
    }

    private static AnalyticsEvent[] Events(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new AnalyticsEvent { OccurredAt = DateTime.UtcNow, Kind = AnalyticsEventKind.Impression, List = "similar", MovieId = i })];

    private sealed class RecordingWriter : IAnalyticsEventBatchWriter
    {
        public List<int> BatchSizes { get; } = [];

        public List<AnalyticsEvent> Written { get; } = [];

        public TaskCompletionSource? Gate { get; set; }

        public bool FailNext { get; set; }

        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task WriteAsync(IReadOnlyList<AnalyticsEvent> events, CancellationToken cancellationToken)
        {
            Entered.TrySetResult();
            if (Gate is { } gate)
            {
                await gate.Task.WaitAsync(cancellationToken);
            }

            if (FailNext)
            {
                FailNext = false;
                throw new InvalidOperationException("database down");
            }

            BatchSizes.Add(events.Count);
            Written.AddRange(events);
        }
    }

    /// <summary>movierec.events.dropped of this test's meters, by reason.</summary>
    private sealed class DroppedCounter : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly ConcurrentDictionary<string, long> _byReason = new();

        public DroppedCounter(IMeterFactory scope)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Scope == scope && instrument.Name == "movierec.events.dropped")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
            {
                foreach (var tag in tags)
                {
                    if (tag.Key == "reason")
                    {
                        _byReason.AddOrUpdate((string)tag.Value!, value, (_, sum) => sum + value);
                    }
                }
            });
            _listener.Start();
        }

        public long Total => _byReason.Values.Sum();

        public long Of(string reason) => _byReason.GetValueOrDefault(reason);

        public void Dispose() => _listener.Dispose();
    }
}
