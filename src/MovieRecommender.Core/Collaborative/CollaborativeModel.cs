using MovieRecommender.Core.Training;

namespace MovieRecommender.Core.Collaborative;

/// <summary>
/// The part of a model learned from ratings: item-item neighbours, ALS film factors and how many users rated each
/// film. Indices are catalog positions of the model it belongs to. A model without it is content-only.
/// </summary>
public sealed class CollaborativeModel
{
    /// <summary>Each film's top-K films by adjusted cosine over co-ratings (empty rows for unrated films).</summary>
    public required NeighbourGraph Similar { get; init; }

    public required ItemFactors Factors { get; init; }

    /// <summary>Ratings per catalog film in the data trained on.</summary>
    public required int[] RatingCounts { get; init; }

    /// <summary>Users in the data trained on (the denominator of "share of users who rated").</summary>
    public required int UserCount { get; init; }

    public int FilmCount => RatingCounts.Length;

    /// <summary>Share of the training users who rated <paramref name="film"/>: comparable across data sizes.</summary>
    public double RatedShare(int film) => UserCount == 0 ? 0 : (double)RatingCounts[film] / UserCount;

    public static CollaborativeModel Train(RatingMatrix ratings, ItemSimilarityOptions similarity, ImplicitAlsOptions als,
        IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        const double SimilarityShare = 0.5;
        var similarityProgress = progress is null ? null : new SynchronousProgress<double>(f => progress.Report(f * SimilarityShare));
        var alsProgress = progress is null ? null : new SynchronousProgress<double>(f => progress.Report(SimilarityShare + (f * (1 - SimilarityShare))));
        var counts = new int[ratings.FilmCount];
        for (int film = 0; film < counts.Length; film++)
        {
            counts[film] = ratings.RatingCountOf(film);
        }

        return new CollaborativeModel
        {
            Similar = ItemSimilarityTrainer.Train(ratings, similarity, similarityProgress, cancellationToken),
            Factors = ImplicitAlsTrainer.Train(ratings, als, alsProgress, cancellationToken),
            RatingCounts = counts,
            UserCount = ratings.UserCount,
        };
    }
}
