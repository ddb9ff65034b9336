using System.Globalization;

namespace MovieRecommender.Core.Training;

/// <summary>
/// Top-K neighbour search settings. Up to <see cref="ExactSearchMaxMovies"/> films the search is exact; above it
/// each film queries only its highest-weight terms against truncated posting lists, and the best candidates are
/// rescored exactly, which keeps a million-film catalog within minutes.
/// </summary>
public sealed record NeighbourOptions
{
    public const int DefaultNeighbours = 50;
    public const int DefaultExactSearchMaxMovies = 20_000;
    public const int DefaultQueryTermsPerMovie = 16;
    public const int DefaultMaxPostingsPerTerm = 2_000;
    public const int DefaultRescoreCandidates = 300;

    public static NeighbourOptions Default { get; } = new();

    /// <summary>Neighbours kept per film (K).</summary>
    public int Neighbours { get; init; } = DefaultNeighbours;

    /// <summary>Catalogs up to this size get exact top-K; larger ones are pruned. 0 forces pruning, int.MaxValue disables it.</summary>
    public int ExactSearchMaxMovies { get; init; } = DefaultExactSearchMaxMovies;

    /// <summary>When pruning: how many of a film's highest-weight terms it queries with.</summary>
    public int QueryTermsPerMovie { get; init; } = DefaultQueryTermsPerMovie;

    /// <summary>When pruning: each term's posting list keeps only its highest-weight films.</summary>
    public int MaxPostingsPerTerm { get; init; } = DefaultMaxPostingsPerTerm;

    /// <summary>When pruning: candidates (by partial score) rescored with the exact cosine before the final top-K.</summary>
    public int RescoreCandidates { get; init; } = DefaultRescoreCandidates;

    /// <summary>-1 uses every core.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    public bool UsesPruning(int movieCount) => movieCount > ExactSearchMaxMovies;

    public void Validate()
    {
        if (Neighbours < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Neighbours), Neighbours, "Must be at least 1.");
        }

        if (QueryTermsPerMovie < 1 || MaxPostingsPerTerm < 1 || RescoreCandidates < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(QueryTermsPerMovie), "Pruning limits must be at least 1.");
        }
    }

    public IEnumerable<KeyValuePair<string, string>> ToParameters() =>
    [
        new("neighbours.k", Neighbours.ToString(CultureInfo.InvariantCulture)),
        new("neighbours.exactSearchMaxMovies", ExactSearchMaxMovies.ToString(CultureInfo.InvariantCulture)),
        new("neighbours.queryTermsPerMovie", QueryTermsPerMovie.ToString(CultureInfo.InvariantCulture)),
        new("neighbours.maxPostingsPerTerm", MaxPostingsPerTerm.ToString(CultureInfo.InvariantCulture)),
        new("neighbours.rescoreCandidates", RescoreCandidates.ToString(CultureInfo.InvariantCulture)),
    ];
}
