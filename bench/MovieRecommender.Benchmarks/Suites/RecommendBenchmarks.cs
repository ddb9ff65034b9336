using BenchmarkDotNet.Attributes;
using MovieRecommender.Benchmarks.Measurement;
using MovieRecommender.Core.Recommendations;

namespace MovieRecommender.Benchmarks.Suites;

/// <summary>
/// Uncached recommendations (one-entry cache, rotating seeds) with and without filters and MMR, plus a cache
/// hit for contrast, and the engine alone (cache bypassed: no key, no cache entry). Percentile columns because the
/// target is on p99; allocated bytes per operation because gen0 collections set the tail at 1M films (issue #10).
/// Data sets: see <see cref="BenchmarkData.ServingDataSets"/> (e.g. MOVIEREC_BENCH_DATASETS=model-dir with
/// MOVIEREC_BENCH_MODEL=/path/to/model-100k).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PercentileConfig))]
public class RecommendBenchmarks
{
    private const int RequestCount = 1_024;
    private RecommenderService? _service;
    private IReadOnlyList<RecommendationRequest> _plain = [];
    private IReadOnlyList<RecommendationRequest> _filtered = [];
    private RecommenderService? _cachedService;
    private RecommenderService? _engine;
    private int _next;

    [ParamsSource(nameof(DataSets))]
    public string DataSet { get; set; } = BenchmarkData.Synthetic1M;

    public static IEnumerable<string> DataSets => BenchmarkData.ServingDataSets();

    [GlobalSetup]
    public void Setup()
    {
        (_service, var movies) = ServiceFactory.Create(DataSet, cacheSizeLimit: 1);
        (_engine, _) = ServiceFactory.Create(DataSet, cacheSizeLimit: 1, cacheEnabled: false);
        (_cachedService, _) = ServiceFactory.Create(BenchmarkData.Tmdb5000, cacheSizeLimit: 1_000);
        var workload = new QueryWorkload(movies, 42);
        _plain = workload.Recommendations(RequestCount, filtered: false);
        _filtered = workload.Recommendations(RequestCount, filtered: true);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _service?.Dispose();
        _cachedService?.Dispose();
        _engine?.Dispose();
    }

    [Benchmark(Baseline = true)]
    public int RecommendMiss() => _service!.Recommend(_plain[_next++ % RequestCount]).Items.Count;

    [Benchmark]
    public int RecommendEngineOnly() => _engine!.Recommend(_plain[_next++ % RequestCount]).Items.Count;

    [Benchmark]
    public int RecommendMissFilteredWithMmr() => _service!.Recommend(_filtered[_next++ % RequestCount]).Items.Count;

    [Benchmark]
    public int RecommendMissMmrOnly() => _service!.Recommend(_plain[_next++ % RequestCount] with { Diversity = 0.3 }).Items.Count;

    [Benchmark]
    public int RecommendCacheHit() => _cachedService!.Recommend(new RecommendationRequest { Title = "The Dark Knight" }).Items.Count;
}
