using MovieRecommender.Core.Tests.TestSupport;
using MovieRecommender.Core.Training;

namespace MovieRecommender.Core.Tests.Training;

public sealed class RecommenderModelBuilderTests
{
    [Fact]
    public void Build_TinyCatalog_LinksSequelAndKeepsTopTermsSortedByIndex()
    {
        var result = RecommenderModelBuilder.Build(TinyModel.Movies(), TinyModel.Options);
        var model = result.Model;

        Assert.Equal(1, model.NeighboursOf(0)[0]);
        Assert.Equal(0, model.NeighboursOf(1)[0]);
        for (var i = 0; i < model.MovieCount; i++)
        {
            var terms = model.TopTermsOf(i).ToArray();
            Assert.InRange(terms.Length, 1, TinyModel.Options.TopTermsPerMovie);
            Assert.Equal(terms.Order(), terms);
        }
    }

    [Fact]
    public void SelectTopTerms_LongRow_KeepsHighestWeights()
    {
        var matrix = new SparseMatrix(5, [0, 5], [0, 1, 2, 3, 4], [0.1f, 0.5f, 0.2f, 0.7f, 0.3f]);

        var (offsets, indices, weights) = RecommenderModelBuilder.SelectTopTerms(matrix, 2);

        Assert.Equal([0, 2], offsets);
        Assert.Equal([1, 3], indices);
        Assert.Equal([0.5f, 0.7f], weights);
    }
}
