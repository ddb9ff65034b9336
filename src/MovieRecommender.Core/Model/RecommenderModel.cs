using MovieRecommender.Core.Catalog;
using MovieRecommender.Core.Collaborative;
using MovieRecommender.Core.Hybrid;
using MovieRecommender.Core.Watch;

namespace MovieRecommender.Core.Model;

/// <summary>
/// A trained model as held in memory: flat arrays in CSR layout (no object per neighbour) so that a
/// million-film catalog stays compact. Indices are dense positions in <see cref="Movies"/>, not TMDB ids.
/// </summary>
public sealed class RecommenderModel
{
    public required ModelManifest Manifest { get; init; }

    private readonly MovieTable _movies = MovieTable.Empty;

    /// <summary>
    /// Catalog in dense-index order. Always a <see cref="MovieTable"/> (a list given here is copied into one), so
    /// each access materialises a film: scans over many films read <see cref="MovieTable"/>'s accessors instead.
    /// </summary>
    public required IReadOnlyList<Movie> Movies
    {
        get => _movies;
        init => _movies = MovieTable.From(value);
    }

    /// <summary><see cref="Movies"/> with its column accessors.</summary>
    public MovieTable Table => _movies;

    /// <summary>Length N+1: neighbours of film i are at [NeighbourOffsets[i], NeighbourOffsets[i+1]).</summary>
    public required int[] NeighbourOffsets { get; init; }

    /// <summary>Dense indices of neighbours, each film's list sorted by descending score.</summary>
    public required int[] NeighbourIndices { get; init; }

    /// <summary>Cosine similarity for each entry of <see cref="NeighbourIndices"/>.</summary>
    public required float[] NeighbourScores { get; init; }

    /// <summary>Vocabulary term (stemmed token) by term index.</summary>
    public required string[] Terms { get; init; }

    /// <summary>Soup field each term came from.</summary>
    public required TermKind[] TermKinds { get; init; }

    /// <summary>Human-readable label for each term (e.g. "Christopher Nolan" for "christophernolan").</summary>
    public required string[] TermLabels { get; init; }

    /// <summary>Length N+1: film i's top terms are at [TopTermOffsets[i], TopTermOffsets[i+1]).</summary>
    public required int[] TopTermOffsets { get; init; }

    /// <summary>Term indices of each film's highest-weight terms, sorted by term index for fast intersection.</summary>
    public required int[] TopTermIndices { get; init; }

    /// <summary>L2-normalised TF-IDF weight of each entry of <see cref="TopTermIndices"/>.</summary>
    public required float[] TopTermWeights { get; init; }

    /// <summary>What was learned from ratings, or null for a content-only model.</summary>
    public CollaborativeModel? Collaborative { get; init; }

    /// <summary>The hybrid's learned ranker (needs <see cref="Collaborative"/>), or null.</summary>
    public LearnedRanker? Ranker { get; init; }

    /// <summary>True when the model can serve the hybrid (collaborative part and ranker both present).</summary>
    public bool HasHybrid => Collaborative is not null && Ranker is not null;

    /// <summary>Where films can be watched (the optional providers file), or null when the model has none.</summary>
    public WatchAvailability? WatchProviders { get; init; }

    /// <summary>
    /// The TF-IDF space catalog updates build on: set by training and by an update, written as termstats.bin and
    /// vectors.bin; null when read for serving, which never loads it.
    /// </summary>
    public VectorSpace? VectorSpace { get; init; }

    public int MovieCount => Movies.Count;

    public ReadOnlySpan<int> NeighboursOf(int index) =>
        NeighbourIndices.AsSpan(NeighbourOffsets[index], NeighbourOffsets[index + 1] - NeighbourOffsets[index]);

    public ReadOnlySpan<float> NeighbourScoresOf(int index) =>
        NeighbourScores.AsSpan(NeighbourOffsets[index], NeighbourOffsets[index + 1] - NeighbourOffsets[index]);

    public ReadOnlySpan<int> TopTermsOf(int index) =>
        TopTermIndices.AsSpan(TopTermOffsets[index], TopTermOffsets[index + 1] - TopTermOffsets[index]);

    public ReadOnlySpan<float> TopTermWeightsOf(int index) =>
        TopTermWeights.AsSpan(TopTermOffsets[index], TopTermOffsets[index + 1] - TopTermOffsets[index]);
}
