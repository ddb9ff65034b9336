using System.Globalization;

namespace MovieRecommender.Core.Hybrid;

/// <summary>
/// How the learned ranker is trained. Users are split into <see cref="Folds"/> folds; for each fold the collaborative
/// part is trained on the other folds' users only, and the fold's users become ranking queries (one liked film as the
/// seed, and <see cref="ProfileSize"/> rated films as a profile) labelled with their other liked films. So no user's
/// held-out films ever shape the features the ranker learns from.
/// </summary>
public sealed record RankerTrainingOptions
{
    public const int DefaultFolds = 2;
    public const int DefaultProfileSize = 5;
    public const int DefaultMinLikedPerUser = 3;
    public const int DefaultSeedQueriesPerUser = 3;
    public const int DefaultProfileQueriesPerUser = 1;
    public const int DefaultIterations = 300;
    public const int DefaultLeaves = 31;
    public const double DefaultLearningRate = 0.05;
    public const int DefaultMinExamplesPerLeaf = 50;
    public const int DefaultMaxQueries = 20_000;
    public const int DefaultSeed = 42;

    public static RankerTrainingOptions Default { get; } = new();

    public int Folds { get; init; } = DefaultFolds;

    /// <summary>Rated films in a profile query (the personal protocol's "five rated films in").</summary>
    public int ProfileSize { get; init; } = DefaultProfileSize;

    /// <summary>Users with fewer liked films give no queries (nothing left to learn from after the seeds).</summary>
    public int MinLikedPerUser { get; init; } = DefaultMinLikedPerUser;

    public int SeedQueriesPerUser { get; init; } = DefaultSeedQueriesPerUser;

    public int ProfileQueriesPerUser { get; init; } = DefaultProfileQueriesPerUser;

    /// <summary>Upper bound on queries in total, so a 25M-rating file trains the ranker in bounded time and memory.</summary>
    public int MaxQueries { get; init; } = DefaultMaxQueries;

    public int Iterations { get; init; } = DefaultIterations;

    public int Leaves { get; init; } = DefaultLeaves;

    public double LearningRate { get; init; } = DefaultLearningRate;

    public int MinExamplesPerLeaf { get; init; } = DefaultMinExamplesPerLeaf;

    public int Seed { get; init; } = DefaultSeed;

    /// <summary>Threads LightGBM may use; null lets it choose.</summary>
    public int? Threads { get; init; }

    public void Validate()
    {
        if (Folds < 2 || ProfileSize < 1 || MinLikedPerUser < 2 || SeedQueriesPerUser < 0 || ProfileQueriesPerUser < 0 || MaxQueries < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Folds), "Folds ≥ 2, ProfileSize ≥ 1, MinLikedPerUser ≥ 2, query counts ≥ 0 and MaxQueries ≥ 1.");
        }

        if (Iterations < 1 || Leaves < 2 || MinExamplesPerLeaf < 1 || !double.IsFinite(LearningRate) || LearningRate <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Iterations), "Iterations ≥ 1, Leaves ≥ 2, MinExamplesPerLeaf ≥ 1, LearningRate > 0.");
        }
    }

    public IEnumerable<KeyValuePair<string, string>> ToParameters() =>
    [
        new("ranker.folds", Folds.ToString(CultureInfo.InvariantCulture)),
        new("ranker.profileSize", ProfileSize.ToString(CultureInfo.InvariantCulture)),
        new("ranker.iterations", Iterations.ToString(CultureInfo.InvariantCulture)),
        new("ranker.leaves", Leaves.ToString(CultureInfo.InvariantCulture)),
        new("ranker.learningRate", LearningRate.ToString(CultureInfo.InvariantCulture)),
        new("ranker.minExamplesPerLeaf", MinExamplesPerLeaf.ToString(CultureInfo.InvariantCulture)),
        new("ranker.features", HybridFeatures.Version.ToString(CultureInfo.InvariantCulture)),
    ];
}
