using System.Globalization;

namespace MovieRecommender.Core.Collaborative;

/// <summary>
/// Item-item collaborative filtering: adjusted cosine (each rating minus its user's mean) between films' rating
/// vectors, shrunk toward 0 by n / (n + <see cref="Shrinkage"/>) where n is the number of users who rated both,
/// keeping each film's <see cref="Neighbours"/> most similar films.
/// </summary>
public sealed record ItemSimilarityOptions
{
    public const int DefaultNeighbours = 50;
    public const double DefaultShrinkage = 200;
    public const int DefaultMinCommonRaters = 2;
    public const int DefaultMaxRatingsPerUser = 2_000;

    public static ItemSimilarityOptions Default { get; } = new();

    public int Neighbours { get; init; } = DefaultNeighbours;

    /// <summary>Pseudo-count of the shrinkage: similarities from few common raters are pulled toward 0.</summary>
    public double Shrinkage { get; init; } = DefaultShrinkage;

    /// <summary>Pairs rated by fewer users than this get no similarity at all.</summary>
    public int MinCommonRaters { get; init; } = DefaultMinCommonRaters;

    /// <summary>
    /// A user with more ratings contributes an evenly spaced sample of this many to the pair counts: the work grows
    /// with the square of a user's ratings, and one account rating thousands of films says little per pair.
    /// </summary>
    public int MaxRatingsPerUser { get; init; } = DefaultMaxRatingsPerUser;

    /// <summary>
    /// Worker threads; 0 or less means one per core. Never unbounded: each worker holds catalog-sized scratch, and
    /// with no bound the thread pool keeps adding workers (63 threads and 7 GB on a 25M-rating file, 2 cores).
    /// </summary>
    public int MaxDegreeOfParallelism { get; init; }

    /// <summary>The number of worker threads actually used.</summary>
    public int EffectiveThreads => MaxDegreeOfParallelism > 0 ? MaxDegreeOfParallelism : Environment.ProcessorCount;

    public void Validate()
    {
        if (Neighbours < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Neighbours), Neighbours, "Must be at least 1.");
        }

        if (!double.IsFinite(Shrinkage) || Shrinkage < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Shrinkage), Shrinkage, "Must be a finite number ≥ 0.");
        }

        if (MinCommonRaters < 1 || MaxRatingsPerUser < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(MinCommonRaters), "MinCommonRaters must be ≥ 1 and MaxRatingsPerUser ≥ 2.");
        }
    }

    public IEnumerable<KeyValuePair<string, string>> ToParameters() =>
    [
        new("cf.itemItem.neighbours", Neighbours.ToString(CultureInfo.InvariantCulture)),
        new("cf.itemItem.shrinkage", Shrinkage.ToString(CultureInfo.InvariantCulture)),
        new("cf.itemItem.minCommonRaters", MinCommonRaters.ToString(CultureInfo.InvariantCulture)),
        new("cf.itemItem.maxRatingsPerUser", MaxRatingsPerUser.ToString(CultureInfo.InvariantCulture)),
    ];
}
