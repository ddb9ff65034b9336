using System.Globalization;

namespace MovieRecommender.Core.Hybrid;

/// <summary>
/// Settings of the hybrid stored with the model. Where the learned ranker's candidates come from: every seed's stored
/// content neighbours and item-item neighbours, the most popular films, and the films the seeds' ALS fold-in scores
/// highest (training and serving must use the same values). And how much the final ranking discounts films many users
/// rated: score − discount · ln(1 + ratings) / ln(1 + most ratings of a film). The ranker learns that widely rated
/// films are what people like next, which is true on average and makes every profile's list alike; the discount trades
/// a little of that accuracy for lists that differ between people (catalog coverage). It does not affect training.
/// </summary>
public sealed record HybridOptions
{
    public const int DefaultPopularHead = 50;
    public const int DefaultAlsCandidates = 50;
    public const double DefaultSeedPopularityDiscount = 0;
    public const double DefaultProfilePopularityDiscount = 0;
    public const double DefaultProfileContentShare = 0.3;

    public static HybridOptions Default { get; } = new();

    /// <summary>Most popular films (by votes) added as candidates.</summary>
    public int PopularHead { get; init; } = DefaultPopularHead;

    /// <summary>Films with the highest ALS fold-in score added as candidates (0 turns the source off).</summary>
    public int AlsCandidates { get; init; } = DefaultAlsCandidates;

    /// <summary>Popularity discount for "films like these" requests.</summary>
    public double SeedPopularityDiscount { get; init; } = DefaultSeedPopularityDiscount;

    /// <summary>Popularity discount for personal (profile) recommendations.</summary>
    public double ProfilePopularityDiscount { get; init; } = DefaultProfilePopularityDiscount;

    /// <summary>
    /// Share (0–1) of a personal list given to the content neighbours of the liked films, interleaved with the
    /// hybrid's ranking, so different people get different films (catalog coverage); see docs/quality.md.
    /// </summary>
    public double ProfileContentShare { get; init; } = DefaultProfileContentShare;

    public void Validate()
    {
        if (PopularHead is < 0 or > 10_000 || AlsCandidates is < 0 or > 10_000)
        {
            throw new ArgumentOutOfRangeException(nameof(PopularHead), "PopularHead and AlsCandidates must be between 0 and 10,000.");
        }

        if (SeedPopularityDiscount is < 0 or > MaxDiscount || ProfilePopularityDiscount is < 0 or > MaxDiscount
            || !double.IsFinite(SeedPopularityDiscount) || !double.IsFinite(ProfilePopularityDiscount))
        {
            throw new ArgumentOutOfRangeException(nameof(SeedPopularityDiscount), $"Popularity discounts must be between 0 and {MaxDiscount}.");
        }

        if (ProfileContentShare is < 0 or > 1 || !double.IsFinite(ProfileContentShare))
        {
            throw new ArgumentOutOfRangeException(nameof(ProfileContentShare), "ProfileContentShare must be between 0 and 1.");
        }
    }

    private const double MaxDiscount = 100;

    public IEnumerable<KeyValuePair<string, string>> ToParameters() =>
    [
        new(PopularHeadKey, PopularHead.ToString(CultureInfo.InvariantCulture)),
        new(AlsCandidatesKey, AlsCandidates.ToString(CultureInfo.InvariantCulture)),
        new(SeedDiscountKey, SeedPopularityDiscount.ToString(CultureInfo.InvariantCulture)),
        new(ProfileDiscountKey, ProfilePopularityDiscount.ToString(CultureInfo.InvariantCulture)),
        new(ProfileContentShareKey, ProfileContentShare.ToString(CultureInfo.InvariantCulture)),
    ];

    /// <summary>The options a model was trained with, from its manifest parameters (defaults for absent keys).</summary>
    public static HybridOptions FromParameters(IReadOnlyDictionary<string, string> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        int Read(string key, int fallback) =>
            parameters.TryGetValue(key, out var text) && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value)
                ? value
                : fallback;
        double ReadDouble(string key, double fallback) =>
            parameters.TryGetValue(key, out var text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
                ? value
                : fallback;
        var options = new HybridOptions
        {
            PopularHead = Read(PopularHeadKey, DefaultPopularHead),
            AlsCandidates = Read(AlsCandidatesKey, DefaultAlsCandidates),
            SeedPopularityDiscount = ReadDouble(SeedDiscountKey, DefaultSeedPopularityDiscount),
            ProfilePopularityDiscount = ReadDouble(ProfileDiscountKey, DefaultProfilePopularityDiscount),
            ProfileContentShare = ReadDouble(ProfileContentShareKey, DefaultProfileContentShare),
        };
        options.Validate();
        return options;
    }

    private const string PopularHeadKey = "hybrid.popularHead";
    private const string AlsCandidatesKey = "hybrid.alsCandidates";
    private const string SeedDiscountKey = "hybrid.seedPopularityDiscount";
    private const string ProfileDiscountKey = "hybrid.profilePopularityDiscount";
    private const string ProfileContentShareKey = "hybrid.profileContentShare";
}
