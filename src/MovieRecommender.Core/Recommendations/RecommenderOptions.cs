using System.ComponentModel.DataAnnotations;

namespace MovieRecommender.Core.Recommendations;

/// <summary>Tuning of the recommendation engine; the web app binds it from configuration.</summary>
public sealed class RecommenderOptions
{
    public const string SectionName = "Recommender";

    /// <summary>
    /// Cache recommendation and top-rated pages inside the engine. Hosts with a cache of their own (the web app's
    /// HybridCache, shared by replicas) turn this off so pages are not held twice.
    /// </summary>
    public bool CacheEnabled { get; set; } = true;

    /// <summary>Maximum cached results (each entry counts as 1).</summary>
    [Range(1, 10_000_000)]
    public int CacheSizeLimit { get; set; } = 10_000;

    /// <summary>An entry not read for this long is dropped.</summary>
    public TimeSpan CacheSlidingExpiration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>An entry is dropped this long after it was computed, however often it is read.</summary>
    public TimeSpan CacheAbsoluteExpiration { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Lowest FuzzySharp WRatio (0–100) offered as a did-you-mean; difflib's 0.6 cutoff ≈ 60.</summary>
    [Range(0, 100)]
    public int FuzzyCutoff { get; set; } = 60;

    /// <summary>How many did-you-mean candidates to return.</summary>
    [Range(1, 50)]
    public int MaxSuggestions { get; set; } = 5;

    /// <summary>
    /// The minimum-votes prior m of the IMDb weighted rating is this quantile of the catalog's vote counts
    /// (0.9: a film needs more votes than 90% of films for its own rating to dominate the mean).
    /// </summary>
    [Range(0.0, 1.0)]
    public double TopRatedMinVotesQuantile { get; set; } = 0.9;

    /// <summary>
    /// Weight of a small popularity prior in the ranking of similar films: score + prior · ln(1+votes)/ln(1+max votes).
    /// 0 ranks by similarity alone. 0.1 was chosen by the offline evaluation (docs/quality.md): it breaks near-ties
    /// toward films people know without turning the list into the popularity chart. Shown similarity is unchanged.
    /// </summary>
    [Range(0.0, 1.0)]
    public double PopularityPrior { get; set; } = DefaultPopularityPrior;

    public const double DefaultPopularityPrior = 0.1;

    /// <summary>Every invalid setting as a message naming it; empty when the options are usable.</summary>
    public IReadOnlyList<string> GetValidationErrors()
    {
        var errors = new List<string>();
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(this, new ValidationContext(this), results, validateAllProperties: true))
        {
            errors.AddRange(results.Select(r => $"{SectionName}: {r.ErrorMessage}"));
        }

        if (CacheSlidingExpiration <= TimeSpan.Zero)
        {
            errors.Add($"{SectionName}: {nameof(CacheSlidingExpiration)} must be positive.");
        }

        if (CacheAbsoluteExpiration <= TimeSpan.Zero)
        {
            errors.Add($"{SectionName}: {nameof(CacheAbsoluteExpiration)} must be positive.");
        }

        return errors;
    }
}
