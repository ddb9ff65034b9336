using System.Globalization;

namespace MovieRecommender.Core.Hybrid;

/// <summary>
/// Where the learned ranker's candidates come from: every seed's stored content neighbours and item-item
/// neighbours, the most popular films, and the films the seeds' ALS fold-in scores highest. Training and serving
/// must use the same values (they are stored in the manifest with the ranker).
/// </summary>
public sealed record HybridCandidateOptions
{
    public const int DefaultPopularHead = 50;
    public const int DefaultAlsCandidates = 50;

    public static HybridCandidateOptions Default { get; } = new();

    /// <summary>Most popular films (by votes) added as candidates.</summary>
    public int PopularHead { get; init; } = DefaultPopularHead;

    /// <summary>Films with the highest ALS fold-in score added as candidates (0 turns the source off).</summary>
    public int AlsCandidates { get; init; } = DefaultAlsCandidates;

    public void Validate()
    {
        if (PopularHead is < 0 or > 10_000 || AlsCandidates is < 0 or > 10_000)
        {
            throw new ArgumentOutOfRangeException(nameof(PopularHead), "PopularHead and AlsCandidates must be between 0 and 10,000.");
        }
    }

    public IEnumerable<KeyValuePair<string, string>> ToParameters() =>
    [
        new(PopularHeadKey, PopularHead.ToString(CultureInfo.InvariantCulture)),
        new(AlsCandidatesKey, AlsCandidates.ToString(CultureInfo.InvariantCulture)),
    ];

    /// <summary>The options a model was trained with, from its manifest parameters (defaults for absent keys).</summary>
    public static HybridCandidateOptions FromParameters(IReadOnlyDictionary<string, string> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        int Read(string key, int fallback) =>
            parameters.TryGetValue(key, out var text) && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value)
                ? value
                : fallback;
        var options = new HybridCandidateOptions
        {
            PopularHead = Read(PopularHeadKey, DefaultPopularHead),
            AlsCandidates = Read(AlsCandidatesKey, DefaultAlsCandidates),
        };
        options.Validate();
        return options;
    }

    private const string PopularHeadKey = "hybrid.popularHead";
    private const string AlsCandidatesKey = "hybrid.alsCandidates";
}
