using System.Globalization;

namespace MovieRecommender.Core.Training;

/// <summary>
/// Top-K neighbour search settings. Up to <see cref="ExactSearchMaxMovies"/> films the search is exact; above it
/// each film reads impact-ordered posting lists, largest contributions first, up to a posting budget, and rescores
/// its best candidates exactly (see <see cref="NeighbourSearch"/>), which keeps a million-film catalog within
/// minutes on two cores.
/// </summary>
public sealed record NeighbourOptions
{
    public const int DefaultNeighbours = 50;
    public const int DefaultExactSearchMaxMovies = 20_000;
    public const int DefaultPostingBudget = 40_000;
    public const int DefaultRescoreCandidates = 400;

    public static NeighbourOptions Default { get; } = new();

    /// <summary>Neighbours kept per film (K).</summary>
    public int Neighbours { get; init; } = DefaultNeighbours;

    /// <summary>Catalogs up to this size get exact top-K; larger ones the budgeted search. 0 forces it, int.MaxValue disables it.</summary>
    public int ExactSearchMaxMovies { get; init; } = DefaultExactSearchMaxMovies;

    /// <summary>Budgeted search: postings each film reads (largest contributions first) before its candidates are rescored.</summary>
    public int PostingBudget { get; init; } = DefaultPostingBudget;

    /// <summary>Budgeted search: candidates (by partial score) rescored with the exact cosine before the final top-K.</summary>
    public int RescoreCandidates { get; init; } = DefaultRescoreCandidates;

    /// <summary>
    /// Worker threads of the training stages (soup, TF-IDF, neighbours); 0 or less means one per core
    /// (<see cref="Environment.ProcessorCount"/>). Each worker allocates its scratch buffers once.
    /// </summary>
    public int MaxDegreeOfParallelism { get; init; }

    public bool UsesPruning(int movieCount) => movieCount > ExactSearchMaxMovies;

    /// <summary>The number of worker threads actually used.</summary>
    public int EffectiveThreads => MaxDegreeOfParallelism > 0 ? MaxDegreeOfParallelism : Environment.ProcessorCount;

    public void Validate()
    {
        if (Neighbours < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Neighbours), Neighbours, "Must be at least 1.");
        }

        if (ExactSearchMaxMovies < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(ExactSearchMaxMovies), ExactSearchMaxMovies, "Must not be negative.");
        }

        if (PostingBudget < 1 || RescoreCandidates < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(PostingBudget), "The posting budget and rescored candidates must be at least 1.");
        }
    }

    // Threads are left out on purpose: they change how fast a model is built, never what it contains.
    public IEnumerable<KeyValuePair<string, string>> ToParameters() =>
    [
        new("neighbours.k", Neighbours.ToString(CultureInfo.InvariantCulture)),
        new("neighbours.exactSearchMaxMovies", ExactSearchMaxMovies.ToString(CultureInfo.InvariantCulture)),
        new("neighbours.postingBudget", PostingBudget.ToString(CultureInfo.InvariantCulture)),
        new("neighbours.rescoreCandidates", RescoreCandidates.ToString(CultureInfo.InvariantCulture)),
    ];
}
