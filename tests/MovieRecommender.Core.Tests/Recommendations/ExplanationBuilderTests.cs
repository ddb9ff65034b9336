using MovieRecommender.Core.Catalog;
using MovieRecommender.Core.Model;
using MovieRecommender.Core.Recommendations;

namespace MovieRecommender.Core.Tests.Recommendations;

public sealed class ExplanationBuilderTests
{
    private static readonly string[] Labels = ["gotham city", "gotham", "los", "heist"];
    private static readonly TermKind[] Kinds = [TermKind.Keyword, TermKind.Text, TermKind.Text, TermKind.Text];

    [Fact]
    public void Explain_OverviewStemsRepeatingOrTooShort_AreLeftOut()
    {
        // Arrange: two films sharing every term with equal weight.
        var model = TwoFilmsSharingAllTerms();

        // Act
        var explanation = ExplanationBuilder.Explain(model, [0], 1);

        // Assert
        var values = explanation.Select(item => item.Value).ToList();
        Assert.Contains("gotham city", values);
        Assert.Contains("heist", values);
        Assert.DoesNotContain("gotham", values);
        Assert.DoesNotContain("los", values);
    }

    private static RecommenderModel TwoFilmsSharingAllTerms()
    {
        const float weight = 0.5f;
        int[] allTerms = [0, 1, 2, 3];
        return new RecommenderModel
        {
            Manifest = new ModelManifest
            {
                FormatVersion = 1,
                ModelVersion = "explain-test",
                CreatedAt = DateTimeOffset.UnixEpoch,
                MovieCount = 2,
                TermCount = Labels.Length,
                NeighboursPerMovie = 1,
                Files = new Dictionary<string, string>(),
            },
            Movies = [new Movie { Id = 1, Title = "First" }, new Movie { Id = 2, Title = "Second" }],
            NeighbourOffsets = [0, 1, 2],
            NeighbourIndices = [1, 0],
            NeighbourScores = [1f, 1f],
            Terms = Labels,
            TermKinds = Kinds,
            TermLabels = Labels,
            TopTermOffsets = [0, allTerms.Length, 2 * allTerms.Length],
            TopTermIndices = [.. allTerms, .. allTerms],
            TopTermWeights = [.. allTerms.Select(_ => weight), .. allTerms.Select(_ => weight)],
        };
    }
}
