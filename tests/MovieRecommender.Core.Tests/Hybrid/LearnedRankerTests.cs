using Microsoft.ML;
using Microsoft.ML.Data;
using MovieRecommender.Core.Hybrid;
using MovieRecommender.Core.Tests.TestSupport;

namespace MovieRecommender.Core.Tests.Hybrid;

public class LearnedRankerTests(HybridWorldFixture world) : IClassFixture<HybridWorldFixture>
{
    [Fact]
    public void Score_RandomFeatureVectors_EqualsMlNetPredictionEngine()
    {
        // Arrange
        var ml = new MLContext();
        using var stream = new MemoryStream(world.Training.Ranker.ModelBytes);
        var transformer = ml.Model.Load(stream, out _);
        var engine = ml.Model.CreatePredictionEngine<FeatureRow, ScoreRow>(transformer);
        var random = new Random(11);

        for (int i = 0; i < 500; i++)
        {
            var features = new float[HybridFeatures.Count];
            for (int f = 0; f < features.Length; f++)
            {
                features[f] = (float)(random.NextDouble() * (f is (int)HybridFeature.ContentRank or (int)HybridFeature.CollaborativeRank or (int)HybridFeature.YearGap ? 30 : 1));
            }

            // Act
            double compiled = world.Training.Ranker.Score(features);
            float expected = engine.Predict(new FeatureRow { Features = features }).Score;

            // Assert
            Assert.Equal(expected, compiled, 4);
        }
    }

    [Fact]
    public void Train_TasteWorld_UsesQueriesFromBothFoldsAndHasTrees()
    {
        // Arrange
        var training = world.Training;

        // Act
        var trees = training.Ranker.TreeCount;

        // Assert
        Assert.True(training.Queries > 2 * TasteWorld.UsersPerTaste, $"{training.Queries} queries");
        Assert.InRange(training.PositiveShare, 0.01, 0.9);
        Assert.True(trees > 0);
    }

    [Fact]
    public void Load_BytesThatAreNotAnMlNetModel_ThrowsInvalidData()
    {
        // Arrange
        byte[] bytes = [1, 2, 3, 4, 5];

        // Act
        var act = () => LearnedRanker.Load(bytes);

        // Assert
        Assert.Throws<InvalidDataException>(act);
    }

    private sealed class FeatureRow
    {
        [VectorType(HybridFeatures.Count)]
        public float[] Features { get; set; } = [];

        // The saved pipeline maps a query id to a key first; any value will do when scoring.
        public uint QueryId { get; set; }

        public float Label { get; set; }
    }

    private sealed class ScoreRow
    {
        public float Score { get; set; }
    }
}
