using System.Diagnostics;
using System.Globalization;
using MovieRecommender.Core.Catalog;
using MovieRecommender.Core.Collaborative;
using MovieRecommender.Core.Hybrid;
using MovieRecommender.Core.Model;
using MovieRecommender.Core.Training;

namespace MovieRecommender.Evaluation;

/// <summary>
/// The product's models trained on a split's training users, built once and shared by the seed and personal
/// protocols: the content default model, the collaborative part (item-item + ALS, default settings) and hybrid models
/// (content + collaborative + a ranker trained on the same users with the trainer's own fold scheme).
/// </summary>
public sealed class CollaborativeSetup(IReadOnlyList<Movie> catalog, IReadOnlyList<UserFilmRating> training, TextWriter log)
{
    private readonly Dictionary<HybridOptions, RecommenderModel> _hybrids = [];
    private readonly Dictionary<(int PopularHead, int AlsCandidates), LearnedRanker> _rankers = [];
    private RecommenderModel? _content;
    private RatingMatrix? _matrix;
    private CollaborativeModel? _collaborative;

    public RecommenderModel Content => _content ??= RecommenderModelBuilder.Build(catalog, TrainerPlan.Defaults).Model;

    public RatingMatrix Matrix => _matrix ??= RatingMatrix.FromRatings(training, catalog.Count).Matrix;

    public CollaborativeModel Collaborative =>
        _collaborative ??= CollaborativeModel.Train(Matrix, ItemSimilarityOptions.Default, ImplicitAlsOptions.Default);

    /// <summary>Training ratings per catalog film (for the cold-start slices).</summary>
    public int[] RatingCounts => Collaborative.RatingCounts;

    public RecommenderModel Hybrid(HybridOptions candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        if (_hybrids.TryGetValue(candidates, out var cached))
        {
            return cached;
        }

        // The discounts only re-rank; the ranker depends on the candidate sources alone, so it is trained once per source setting.
        var sources = (candidates.PopularHead, candidates.AlsCandidates);
        if (!_rankers.TryGetValue(sources, out var ranker))
        {
            var stopwatch = Stopwatch.StartNew();
            var trained = RankerTrainer.Train(Content, training, ItemSimilarityOptions.Default, ImplicitAlsOptions.Default, candidates, RankerTrainingOptions.Default);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  ranker: {trained.Queries} queries, {trained.Rows} rows, {trained.PositiveShare:P1} positive, {trained.Ranker.TreeCount} trees ({stopwatch.Elapsed.TotalSeconds:0} s)"));
            ranker = trained.Ranker;
            _rankers[sources] = ranker;
        }

        var parameters = new Dictionary<string, string>(Content.Manifest.Parameters);
        foreach (var (key, value) in candidates.ToParameters())
        {
            parameters[key] = value;
        }

        var model = Content.WithManifest(Content.Manifest with { Parameters = parameters }).WithHybrid(Collaborative, ranker);
        _hybrids[candidates] = model;
        return model;
    }
}
