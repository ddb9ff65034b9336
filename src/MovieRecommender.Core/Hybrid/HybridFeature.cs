namespace MovieRecommender.Core.Hybrid;

/// <summary>
/// The learned ranker's inputs for one candidate film given a set of seed films (one film for "films like X",
/// several for a profile). Values index the feature vector the ranker file was trained on: never renumber; a change
/// of meaning needs a new <see cref="HybridFeatures.Version"/>.
/// </summary>
public enum HybridFeature
{
    /// <summary>Mean over seeds of the content cosine (stored neighbour score, else the top-term dot product).</summary>
    ContentSimilarityMean = 0,
    ContentSimilarityMax = 1,

    /// <summary>Best position in a seed's stored content neighbours (0 = first), or the list length when absent.</summary>
    ContentRank = 2,

    /// <summary>Mean over seeds of the item-item similarity (0 when not a CF neighbour).</summary>
    CollaborativeSimilarityMean = 3,
    CollaborativeSimilarityMax = 4,

    /// <summary>Best position in a seed's item-item neighbours, or the list length when absent.</summary>
    CollaborativeRank = 5,

    /// <summary>The seeds folded into ALS as a user, scored against the candidate's factors (0 when either has none).</summary>
    AlsScore = 6,

    /// <summary>Highest cosine between a seed's and the candidate's ALS factors.</summary>
    AlsCosineMax = 7,

    /// <summary>ln(1 + TMDB votes) / ln(1 + most votes): how well known the film is, 0–1.</summary>
    Popularity = 8,

    /// <summary>TMDB vote average, 0–10.</summary>
    Rating = 9,

    /// <summary>Share of the rating users who rated the candidate.</summary>
    CandidateRatedShare = 10,

    /// <summary>Mean share of the rating users who rated each seed: how much collaborative evidence the seeds carry.</summary>
    SeedRatedShare = 11,

    /// <summary>1 when the candidate has any ratings, else 0 (a cold-start film).</summary>
    CandidateHasRatings = 12,

    /// <summary>Smallest |release year difference| to a seed; <see cref="HybridFeatures.UnknownYearGap"/> when unknown.</summary>
    YearGap = 13,

    /// <summary>Most directors shared with one seed (among the films' top terms).</summary>
    SharedDirectors = 14,
    SharedCast = 15,
    SharedGenres = 16,
    SharedKeywords = 17,

    /// <summary>Number of seed films.</summary>
    SeedCount = 18,
}
