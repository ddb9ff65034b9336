using BenchmarkDotNet.Attributes;
using MovieRecommender.Core.Ingest;
using MovieRecommender.Core.Training;

namespace MovieRecommender.Benchmarks.Suites;

/// <summary>
/// Training stages one at a time: ingest (CSV parse + JSON/list fields), vectorisation (soup + TF-IDF) and the
/// top-K neighbour search. Few iterations; larger catalogs (100k, 1M) are timed end to end by the
/// <c>scale</c> command instead, since one exact neighbour search over 100k films takes minutes.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class TrainingBenchmarks
{
    private readonly ModelBuildOptions _options = new();
    private string _movies = string.Empty;
    private string? _credits;
    private IReadOnlyList<Core.Catalog.Movie> _catalog = [];
    private TfIdfResult? _vectors;

    [Params(BenchmarkData.Tmdb5000, BenchmarkData.Synthetic10K)]
    public string DataSet { get; set; } = BenchmarkData.Tmdb5000;

    [GlobalSetup]
    public void Setup()
    {
        (_movies, _credits) = BenchmarkData.FilesAsync(DataSet).GetAwaiter().GetResult();
        _catalog = BenchmarkData.MoviesAsync(DataSet).GetAwaiter().GetResult();
        _vectors = RecommenderModelBuilder.Vectorize(_catalog, _options);
    }

    [Benchmark]
    public async Task<int> Read()
    {
        var result = await new CatalogReader().ReadAsync(_movies, _credits, CatalogFilter.None);
        return result.Movies.Count;
    }

    [Benchmark]
    public int Vectorize() => RecommenderModelBuilder.Vectorize(_catalog, _options).Vocabulary.Count;

    [Benchmark]
    public int Neighbours() =>
        new NeighbourSearch(_options.Neighbours).FindNeighbours(_vectors!.Vectors).Indices.Length;
}
