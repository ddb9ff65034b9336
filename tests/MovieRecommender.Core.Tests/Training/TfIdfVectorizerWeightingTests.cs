using MovieRecommender.Core.Model;
using MovieRecommender.Core.Text;
using MovieRecommender.Core.Training;
using static MovieRecommender.Core.Tests.Training.TfIdfTestCorpus;

namespace MovieRecommender.Core.Tests.Training;

/// <summary>
/// What the TF-IDF options do to the vectors (and so to which films count as similar): the document-frequency
/// limits at their boundaries, the vocabulary's order, idf smoothing and the three term-frequency scalings.
/// </summary>
public sealed class TfIdfVectorizerWeightingTests
{
    private const float Tolerance = 1e-5f;

    [Fact]
    public void FitTransform_TermInExactlyTheMaxShareOfDocuments_IsKept()
    {
        // Arrange: 4 films, max 50%: x in 2 (kept), y in 3 (too common), z in 1.
        IReadOnlyList<IReadOnlyList<SoupToken>> soups =
        [
            Soup(("x", 1), ("y", 1)),
            Soup(("x", 1), ("y", 1)),
            Soup(("y", 1), ("z", 1)),
            Soup(("w", 1)),
        ];
        var options = KeepEverything with { MaxDocumentFrequencyRatio = 0.5 };

        // Act
        var result = new TfIdfVectorizer(options).FitTransform(soups);

        // Assert: a catalog update reads CommonTerms to keep y out; x must not be listed there.
        Assert.Equal(["w", "x", "z"], result.Vocabulary.Terms);
        Assert.Equal(["y"], result.CommonTerms);
    }

    [Fact]
    public void FitTransform_SeveralCommonTerms_ListsThemAlphabetically()
    {
        // Arrange
        IReadOnlyList<IReadOnlyList<SoupToken>> soups = [Soup(("zeta", 1), ("alpha", 1)), Soup(("zeta", 1), ("alpha", 1), ("rare", 1))];
        var options = KeepEverything with { MaxDocumentFrequencyRatio = 0.5 };

        // Act
        var result = new TfIdfVectorizer(options).FitTransform(soups);

        // Assert
        Assert.Equal(["alpha", "zeta"], result.CommonTerms);
        Assert.Equal(["rare"], result.Vocabulary.Terms);
    }

    [Fact]
    public void FitTransform_TermsSeenOutOfOrder_VocabularyIsAlphabetical()
    {
        // Arrange
        IReadOnlyList<IReadOnlyList<SoupToken>> soups = [Soup(("zebra", 1)), Soup(("mango", 1), ("apple", 1))];

        // Act
        var result = new TfIdfVectorizer(KeepEverything).FitTransform(soups);

        // Assert: stable indices across runs, and each film still points at its own terms.
        Assert.Equal(["apple", "mango", "zebra"], result.Vocabulary.Terms);
        Assert.Equal([2], result.Vectors.RowIndices(0).ToArray());
        Assert.Equal([0, 1], result.Vectors.RowIndices(1).ToArray());
    }

    [Fact]
    public void FitTransform_MaxFeaturesTie_KeepsAlphabeticallyFirstTerm()
    {
        // Arrange: a and c are both in two documents; only one fits.
        var options = KeepEverything with { MaxFeatures = 1 };

        // Act
        var result = new TfIdfVectorizer(options).FitTransform(TinyCorpus());

        // Assert
        Assert.Equal(["a"], result.Vocabulary.Terms);
    }

    [Fact]
    public void FitTransform_DroppedTerm_IsLeftOutOfTheVectors()
    {
        // Arrange: min df 2 drops b.
        var options = KeepEverything with { MinDocumentFrequency = 2 };

        // Act
        var result = new TfIdfVectorizer(options).FitTransform(TinyCorpus());

        // Assert: doc0 keeps only a, at full weight once normalised; the kept terms' document counts are reported.
        Assert.Equal([2, 2], result.DocumentFrequencies);
        Assert.Equal([0], result.Vectors.RowIndices(0).ToArray());
        Assert.Equal(1f, result.Vectors.RowValues(0)[0], Tolerance);
        Assert.Equal([0, 1], result.Vectors.RowIndices(1).ToArray());
        Assert.Equal([1], result.Vectors.RowIndices(2).ToArray());
    }

    [Fact]
    public void FitTransform_WithoutIdfSmoothing_UsesPlainLogRatio()
    {
        // Arrange
        var options = KeepEverything with { SmoothIdf = false };

        // Act
        var result = new TfIdfVectorizer(options).FitTransform(TinyCorpus());

        // Assert: idf = ln(n/df) + 1.
        Assert.Equal((float)(Math.Log(3.0 / 2) + 1), result.InverseDocumentFrequencies[0], Tolerance);
        Assert.Equal((float)(Math.Log(3.0) + 1), result.InverseDocumentFrequencies[1], Tolerance);
    }

    [Fact]
    public void FitTransform_SublinearWithFractionalWeight_KeepsThatWeightLinear()
    {
        // Arrange: one film, so every idf is the same and the row is the normalised tf.
        IReadOnlyList<IReadOnlyList<SoupToken>> soups = [Soup(("a", 0.5f), ("b", 1), ("c", 2))];

        // Act
        var result = new TfIdfVectorizer(KeepEverything).FitTransform(soups);

        // Assert: 0.5 stays 0.5 (a log would shrink it to 0.31), 2 becomes 1 + ln 2.
        AssertNormalised([0.5, 1, 1 + Math.Log(2)], result.Vectors.RowValues(0));
    }

    [Fact]
    public void FitTransform_Bm25_SaturatesWithTheConfiguredK1()
    {
        // Arrange: tf·(k1+1)/(tf+k1) with k1 = 2: 1 → 1, 3 → 1.8.
        IReadOnlyList<IReadOnlyList<SoupToken>> soups = [Soup(("a", 1), ("b", 3))];
        var options = KeepEverything with { Scaling = TermFrequencyScaling.Bm25, Bm25K1 = 2 };

        // Act
        var result = new TfIdfVectorizer(options).FitTransform(soups);

        // Assert
        AssertNormalised([1, 1.8], result.Vectors.RowValues(0));
    }

    [Fact]
    public void FitTransform_Bm25WithK1OfOne_StillWeighsTerms()
    {
        // Arrange: k1 = 1 is a valid setting: 1 → 1, 3 → 1.5 (not a row of zeros).
        IReadOnlyList<IReadOnlyList<SoupToken>> soups = [Soup(("a", 1), ("b", 3))];
        var options = KeepEverything with { Scaling = TermFrequencyScaling.Bm25, Bm25K1 = 1 };

        // Act
        var result = new TfIdfVectorizer(options).FitTransform(soups);

        // Assert
        AssertNormalised([1, 1.5], result.Vectors.RowValues(0));
    }

    [Fact]
    public void FitTransform_OnlyTermWeightedZero_GivesZeroNotNaN()
    {
        // Arrange: a soup field configured with weight 0.
        IReadOnlyList<IReadOnlyList<SoupToken>> soups = [Soup(("a", 0)), Soup(("a", 1), ("b", 1))];

        // Act
        var result = new TfIdfVectorizer(KeepEverything).FitTransform(soups);

        // Assert
        Assert.Equal([0f], result.Vectors.RowValues(0).ToArray());
    }

    private static void AssertNormalised(double[] raw, ReadOnlySpan<float> actual)
    {
        double norm = Math.Sqrt(raw.Sum(v => v * v));
        Assert.Equal(raw.Length, actual.Length);
        for (int i = 0; i < raw.Length; i++)
        {
            Assert.Equal((float)(raw[i] / norm), actual[i], Tolerance);
        }
    }
}
