using MovieRecommender.Core.Model;
using MovieRecommender.Core.Text;
using MovieRecommender.Core.Training;
using static MovieRecommender.Core.Tests.Training.TfIdfTestCorpus;

namespace MovieRecommender.Core.Tests.Training;

public sealed class TfIdfVectorizerTests
{
    private const float Tolerance = 1e-5f;

    [Fact]
    public void FitTransform_TinyCorpus_MatchesHandComputedSklearnWeights()
    {
        // idf = ln((1+n)/(1+df)) + 1; tf = 1 + ln(count); rows L2-normalised (values computed by hand).
        var result = new TfIdfVectorizer(KeepEverything).FitTransform(TinyCorpus());

        Assert.Equal(["a", "b", "c"], result.Vocabulary.Terms);
        Assert.Equal(1.2876821f, result.InverseDocumentFrequencies[0], Tolerance);
        Assert.Equal(1.6931472f, result.InverseDocumentFrequencies[1], Tolerance);
        Assert.Equal([0, 1], result.Vectors.RowIndices(0).ToArray());
        Assert.Equal(0.6053485f, result.Vectors.RowValues(0)[0], Tolerance);
        Assert.Equal(0.7959605f, result.Vectors.RowValues(0)[1], Tolerance);
        Assert.Equal([0, 2], result.Vectors.RowIndices(1).ToArray());
        Assert.Equal(0.5085423f, result.Vectors.RowValues(1)[0], Tolerance);
        Assert.Equal(0.8610370f, result.Vectors.RowValues(1)[1], Tolerance);
        Assert.Equal([2], result.Vectors.RowIndices(2).ToArray());
        Assert.Equal(1f, result.Vectors.RowValues(2)[0], Tolerance);
    }

    [Fact]
    public void FitTransform_MaxDocumentFrequency_DropsTermsInTooManyDocuments()
    {
        var options = KeepEverything with { MaxDocumentFrequencyRatio = 0.6 };

        var result = new TfIdfVectorizer(options).FitTransform(TinyCorpus());

        Assert.Equal(["b"], result.Vocabulary.Terms);
    }

    [Fact]
    public void FitTransform_MinDocumentFrequency_DropsRareTerms()
    {
        var options = KeepEverything with { MinDocumentFrequency = 2 };

        var result = new TfIdfVectorizer(options).FitTransform(TinyCorpus());

        Assert.Equal(["a", "c"], result.Vocabulary.Terms);
    }

    [Fact]
    public void FitTransform_MaxFeatures_KeepsMostFrequentTerms()
    {
        var options = KeepEverything with { MaxFeatures = 2 };

        var result = new TfIdfVectorizer(options).FitTransform(TinyCorpus());

        Assert.Equal(["a", "c"], result.Vocabulary.Terms);
    }

    [Fact]
    public void FitTransform_RawScaling_UsesCountsAsIs()
    {
        var options = KeepEverything with { Scaling = TermFrequencyScaling.Raw };

        var result = new TfIdfVectorizer(options).FitTransform(TinyCorpus());

        // doc1: a = idf_a, c = 2·idf_c with idf_a = idf_c → normalised (1, 2)/√5.
        Assert.Equal(1 / MathF.Sqrt(5), result.Vectors.RowValues(1)[0], Tolerance);
        Assert.Equal(2 / MathF.Sqrt(5), result.Vectors.RowValues(1)[1], Tolerance);
    }

    [Fact]
    public void FitTransform_ScaledMinDf_LowersThresholdForSmallCatalogs()
    {
        var scikitLike = TfIdfOptions.Default with { MinDocumentFrequency = 5 };

        Assert.Equal(1, scikitLike.EffectiveMinDocumentFrequency(50));
        Assert.Equal(3, scikitLike.EffectiveMinDocumentFrequency(300));
        Assert.Equal(5, scikitLike.EffectiveMinDocumentFrequency(4800));
    }

    [Fact]
    public void FitTransform_TermFromSeveralFields_TakesMostSpecificKindAndLabel()
    {
        IReadOnlyList<IReadOnlyList<SoupToken>> soups =
        [
            [new SoupToken("action", TermKind.Text, "action", 1), new SoupToken("action", TermKind.Genre, "Action", 2)],
            [new SoupToken("action", TermKind.Text, "actions", 1)],
        ];

        var result = new TfIdfVectorizer(KeepEverything).FitTransform(soups);

        Assert.Equal(TermKind.Genre, result.Vocabulary.Kinds[0]);
        Assert.Equal("Action", result.Vocabulary.Labels[0]);
    }

    [Fact]
    public void Constructor_InvalidOptions_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TfIdfVectorizer(new TfIdfOptions { MaxDocumentFrequencyRatio = 0 }));
    }
}
