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
        RatedFactors = FactorsInFilmOrder(collaborative.Factors, RatedFilms);
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

    /// <summary>
    /// The factor rows of <see cref="RatedFilms"/>, in that order, contiguous: the ALS candidate scan reads them front
    /// to back. The trainer already stores rows in film order, so this is usually the stored array itself.
    /// </summary>
    public float[] RatedFactors { get; }

    public bool HasEvidence(int film) => Collaborative.RatingCounts[film] > 0;

    private static float[] FactorsInFilmOrder(ItemFactors factors, int[] ratedFilms)
    {
        int k = factors.FactorCount;
        bool inOrder = factors.Factors.Length == ratedFilms.Length * k;
        for (int i = 0; inOrder && i < ratedFilms.Length; i++)
        {
            inOrder = factors.RowOf[ratedFilms[i]] == i;
        }

        if (inOrder)
        {
            return factors.Factors;
        }

        var gathered = new float[ratedFilms.Length * k];
        for (int i = 0; i < ratedFilms.Length; i++)
        {
            factors.Of(ratedFilms[i]).CopyTo(gathered.AsSpan(i * k, k));
        }

        return gathered;
    }
}
