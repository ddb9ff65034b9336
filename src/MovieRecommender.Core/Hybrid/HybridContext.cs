using MovieRecommender.Core.Collaborative;
using MovieRecommender.Core.Model;
using MovieRecommender.Core.Recommendations;

namespace MovieRecommender.Core.Hybrid;

/// <summary>
/// Everything the hybrid reads for one model: the content model, its collaborative part, the popularity order and
/// the candidate settings. Immutable and shared by all requests (and by ranker training, over a fold's data).
/// </summary>
internal sealed class HybridContext
{
    public HybridContext(RecommenderModel model, CollaborativeModel collaborative, PopularityOrder popularity, HybridCandidateOptions options)
    {
        Model = model;
        Collaborative = collaborative;
        Popularity = popularity;
        Options = options;
        RatedFilms = [.. Enumerable.Range(0, collaborative.FilmCount).Where(collaborative.Factors.Has)];
    }

    public RecommenderModel Model { get; }

    public CollaborativeModel Collaborative { get; }

    public PopularityOrder Popularity { get; }

    public HybridCandidateOptions Options { get; }

    /// <summary>Films with ALS factors, scanned for the ALS candidates.</summary>
    public int[] RatedFilms { get; }

    public bool HasEvidence(int film) => Collaborative.RatingCounts[film] > 0;
}
