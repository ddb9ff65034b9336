using Microsoft.ML;
using Microsoft.ML.Trainers.LightGbm;
using MovieRecommender.Core.Collaborative;
using MovieRecommender.Core.Model;
using MovieRecommender.Core.Recommendations;

namespace MovieRecommender.Core.Hybrid;

/// <summary>
/// Trains the hybrid's <see cref="LearnedRanker"/> with ML.NET's LightGBM LambdaRank (see
/// <see cref="RankerTrainingOptions"/> for the user folds that keep labels out of the features). Labels are graded:
/// 2 for a film the user rated ≥ 4.5, 1 for ≥ 4, 0 otherwise.
/// </summary>
public static class RankerTrainer
{
    private const string QueryKeyColumn = "QueryKey";
    private const float StrongLikeRating = 4.5f;

    public static RankerTrainingResult Train(
        RecommenderModel contentModel,
        IReadOnlyList<UserFilmRating> ratings,
        ItemSimilarityOptions similarity,
        ImplicitAlsOptions als,
        HybridOptions candidates,
        RankerTrainingOptions options,
        IProgress<double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contentModel);
        ArgumentNullException.ThrowIfNull(ratings);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        candidates.Validate();

        var byUser = ratings.GroupBy(r => r.UserId).ToDictionary(g => g.Key, g => g.ToArray());
        var popularity = PopularityOrder.Build(contentModel.Movies);
        var rows = new List<RankerTrainingRow>();
        var random = new Random(options.Seed);
        int queries = 0;
        int queryBudget = options.MaxQueries;
        for (int fold = 0; fold < options.Folds; fold++)
        {
            int current = fold;
            var outside = ratings.Where(r => FoldOf(r.UserId, options.Folds) != current).ToList();
            var (matrix, _) = RatingMatrix.FromRatings(outside, contentModel.MovieCount);
            var collaborative = CollaborativeModel.Train(matrix, similarity, als, null, cancellationToken);
            var context = new HybridContext(contentModel, collaborative, popularity, candidates);
            var users = byUser.Keys.Where(u => FoldOf(u, options.Folds) == current).Order().ToList();
            int foldBudget = queryBudget / (options.Folds - fold);
            int foldQueries = 0;
            foreach (long user in users)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (foldQueries >= foldBudget)
                {
                    break;
                }

                foreach (var (seeds, foldIn, relevant) in QueriesOf(byUser[user], options, random))
                {
                    var query = HybridQuery.Build(context, seeds, foldIn);
                    if (AddQuery(query, relevant, (uint)queries, rows))
                    {
                        queries++;
                        foldQueries++;
                    }
                }
            }

            queryBudget -= foldQueries;
            progress?.Report((fold + 1.0) / (options.Folds + 1));
        }

        if (queries == 0)
        {
            throw new InvalidOperationException(
                $"The ratings give no ranking query: no user has {options.MinLikedPerUser} liked films (≥ {RatingScale.LikedAtLeast}) " +
                "with one of them among the candidates.");
        }

        var ranker = Fit(rows, options);
        progress?.Report(1);
        double positives = rows.Count(r => r.Label > 0);
        return new RankerTrainingResult(ranker, queries, rows.Count, positives / rows.Count);
    }

    /// <summary>Fold of a user: a hash of the id, so folds do not follow any pattern of the ids themselves.</summary>
    internal static int FoldOf(long userId, int folds)
    {
        ulong mixed = unchecked((ulong)userId + 0x9E3779B97F4A7C15UL);
        mixed = unchecked((mixed ^ (mixed >> 30)) * 0xBF58476D1CE4E5B9UL);
        mixed = unchecked((mixed ^ (mixed >> 27)) * 0x94D049BB133111EBUL);
        mixed ^= mixed >> 31;
        return (int)(mixed % (ulong)folds);
    }

    private static IEnumerable<(HybridSeed[] Seeds, HybridSeed[] FoldIn, Dictionary<int, float> Relevant)> QueriesOf(
        UserFilmRating[] userRatings, RankerTrainingOptions options, Random random)
    {
        var liked = userRatings.Where(r => r.Rating >= RatingScale.LikedAtLeast).Select(r => r.Film).Distinct().ToArray();
        if (liked.Length < options.MinLikedPerUser)
        {
            yield break;
        }

        var ratingOf = new Dictionary<int, float>();
        foreach (var rating in userRatings)
        {
            ratingOf[rating.Film] = rating.Rating;
        }

        foreach (int seed in liked.OrderBy(_ => random.Next()).Take(options.SeedQueriesPerUser))
        {
            HybridSeed[] single = [new HybridSeed(seed, HybridSeed.LikedRating)];
            yield return (single, single, LikedExcept(ratingOf, [seed]));
        }

        var rated = ratingOf.Keys.Order().ToArray();
        for (int q = 0; q < options.ProfileQueriesPerUser && rated.Length > options.ProfileSize; q++)
        {
            var profile = rated.OrderBy(_ => random.Next()).Take(options.ProfileSize).ToArray();
            var relevant = LikedExcept(ratingOf, profile);
            if (relevant.Count > 0)
            {
                HybridSeed[] foldIn = [.. profile.Select(f => new HybridSeed(f, ratingOf[f]))];
                yield return (HybridSeed.LikedOrAll(foldIn), foldIn, relevant);
            }
        }
    }

    private static Dictionary<int, float> LikedExcept(Dictionary<int, float> ratingOf, int[] excluded) =>
        ratingOf.Where(p => p.Value >= RatingScale.LikedAtLeast && !excluded.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value);

    private static bool AddQuery(HybridQuery query, Dictionary<int, float> relevant, uint queryId, List<RankerTrainingRow> rows)
    {
        if (!query.Candidates.Any(relevant.ContainsKey))
        {
            return false;
        }

        for (int c = 0; c < query.Candidates.Length; c++)
        {
            float label = relevant.TryGetValue(query.Candidates[c], out float rating) ? (rating >= StrongLikeRating ? 2 : 1) : 0;
            rows.Add(new RankerTrainingRow { Label = label, QueryId = queryId, Features = query.FeaturesOf(c).ToArray() });
        }

        return true;
    }

    private static LearnedRanker Fit(List<RankerTrainingRow> rows, RankerTrainingOptions options)
    {
        var ml = new MLContext(options.Seed);
        var data = ml.Data.LoadFromEnumerable(rows);
        var pipeline = ml.Transforms.Conversion.MapValueToKey(QueryKeyColumn, nameof(RankerTrainingRow.QueryId))
            .Append(ml.Ranking.Trainers.LightGbm(new LightGbmRankingTrainer.Options
            {
                LabelColumnName = nameof(RankerTrainingRow.Label),
                RowGroupColumnName = QueryKeyColumn,
                FeatureColumnName = nameof(RankerTrainingRow.Features),
                NumberOfIterations = options.Iterations,
                NumberOfLeaves = options.Leaves,
                LearningRate = options.LearningRate,
                MinimumExampleCountPerLeaf = options.MinExamplesPerLeaf,
                Seed = options.Seed,
                NumberOfThreads = options.Threads,
                Silent = true,
            }));
        var model = pipeline.Fit(data);
        using var stream = new MemoryStream();
        ml.Model.Save(model, data.Schema, stream);
        return LearnedRanker.Load(stream.ToArray());
    }
}
