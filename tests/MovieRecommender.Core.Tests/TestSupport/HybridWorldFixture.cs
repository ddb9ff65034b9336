using MovieRecommender.Core.Collaborative;
using MovieRecommender.Core.Hybrid;
using MovieRecommender.Core.Model;
using MovieRecommender.Core.Training;

namespace MovieRecommender.Core.Tests.TestSupport;

/// <summary>The <see cref="TasteWorld"/> trained once per test class: content model, collaborative part and ranker.</summary>
public sealed class HybridWorldFixture
{
    public static readonly ItemSimilarityOptions Similarity = ItemSimilarityOptions.Default with { Neighbours = 10, Shrinkage = 10 };
    public static readonly ImplicitAlsOptions Als = ImplicitAlsOptions.Default with { Factors = 8, Iterations = 8, Regularization = 0.5 };
    public static readonly HybridOptions Candidates = new() { PopularHead = 5, AlsCandidates = 5 };
    public static readonly RankerTrainingOptions Ranker = RankerTrainingOptions.Default with { Iterations = 30, Leaves = 8, MinExamplesPerLeaf = 5, Threads = 1 };

    public HybridWorldFixture()
    {
        var content = TasteWorld.ContentModel();
        var ratings = TasteWorld.Ratings();
        var collaborative = CollaborativeModel.Train(RatingMatrix.FromRatings(ratings, TasteWorld.FilmCount).Matrix, Similarity, Als);
        Training = RankerTrainer.Train(content, ratings, Similarity, Als, Candidates, Ranker);
        var parameters = new Dictionary<string, string>(content.Manifest.Parameters);
        foreach (var (key, value) in Candidates.ToParameters())
        {
            parameters[key] = value;
        }

        Model = content.WithManifest(content.Manifest with { Parameters = parameters }).WithHybrid(collaborative, Training.Ranker);
    }

    public RankerTrainingResult Training { get; }

    public RecommenderModel Model { get; }
}
