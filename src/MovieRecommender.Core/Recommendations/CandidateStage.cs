namespace MovieRecommender.Core.Recommendations;

/// <summary>Which stage of <see cref="CandidatePool"/> a film belongs to in the current build (see <see cref="RecommendationScratch"/>).</summary>
internal enum CandidateStage
{
    /// <summary>Not met yet in this build.</summary>
    None = -1,

    /// <summary>A seed or an excluded film: never a candidate.</summary>
    Excluded = 0,

    /// <summary>A stored neighbour of a seed.</summary>
    Direct = 1,

    /// <summary>A neighbour of a direct neighbour.</summary>
    TwoHops = 2,

    /// <summary>Found through the seeds' terms; a deeper read of the posting lists adds its depth's index.</summary>
    Terms = 3,
}
