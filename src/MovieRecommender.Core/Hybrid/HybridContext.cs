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
    public HybridContext(RecommenderModel model, CollaborativeModel collaborative, PopularityOrder popularity, HybridOptions options)
    {
        Model = model;
        Collaborative = collaborative;
        Popularity = popularity;
        Options = options;
        RatedFilms = [.. Enumerable.Range(0, collaborative.FilmCount).Where(collaborative.Factors.Has)];
        int most = collaborative.RatingCounts.Length == 0 ? 0 : collaborative.RatingCounts.Max();
        double scale = most > 0 ? Math.Log(1.0 + most) : 1;
        LogRatedShare = [.. collaborative.RatingCounts.Select(c => (float)(Math.Log(1.0 + c) / scale))];
    }

    /// <summary>ln(1 + ratings) / ln(1 + most ratings of a film), 0–1: what the popularity discount multiplies.</summary>
    public float[] LogRatedShare { get; }

    public RecommenderModel Model { get; }

    public CollaborativeModel Collaborative { get; }

    public PopularityOrder Popularity { get; }

    public HybridOptions Options { get; }

    /// <summary>Films with ALS factors, scanned for the ALS candidates.</summary>
    public int[] RatedFilms { get; }

    public bool HasEvidence(int film) => Collaborative.RatingCounts[film] > 0;
}
