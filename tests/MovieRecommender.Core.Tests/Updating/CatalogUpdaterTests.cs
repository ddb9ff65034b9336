using MovieRecommender.Core.Model;
using MovieRecommender.Core.Tests.TestSupport;
using MovieRecommender.Core.Updating;
using Xunit.Abstractions;

namespace MovieRecommender.Core.Tests.Updating;

public sealed class CatalogUpdaterTests(TmdbHoldOutFixture fixture, ITestOutputHelper output) : IClassFixture<TmdbHoldOutFixture>
{
    private const int RecallDepth = 50;
    private const double RequiredRecall = 0.95;

    [Fact]
    public void UpdateAsync_HeldOutTmdbFilms_TouchedListsAgreeWithAFullTrainingAtRecall50()
    {
        var touched = TouchedFilmIds();

        var recalls = touched.Select(id => Recall(NeighbourIds(fixture.Updated, id), NeighbourIds(fixture.Retrained, id))).ToList();

        output.WriteLine($"touched films: {touched.Count} ({TmdbHoldOutFixture.HeldOut} added, {fixture.Summary.ExistingListsChanged} other lists changed); " +
            $"recall@{RecallDepth} vs full training: mean {recalls.Average():0.0000}, min {recalls.Min():0.000}; idf drift {fixture.Summary.Drift.MeanRelativeChange:P2}");
        Assert.True(recalls.Average() >= RequiredRecall, $"mean recall@{RecallDepth} {recalls.Average():0.0000} < {RequiredRecall}");
    }

    [Fact]
    public void UpdateAsync_HeldOutFilms_AreAppendedAndEveryFilmKeepsItsPosition()
    {
        var before = fixture.Before.Movies.Select(m => m.Id).ToArray();

        var after = fixture.Updated.Movies.Select(m => m.Id).ToArray();

        Assert.Equal(before, after[..before.Length]);
        Assert.Equal(fixture.HeldOutFilms.Select(m => m.Id).Order(), after[before.Length..].Order());
        Assert.Equal(TmdbHoldOutFixture.HeldOut, fixture.Summary.FilmsAdded);
        Assert.Equal(0, fixture.Summary.FilmsReplaced);
        Assert.NotEqual(fixture.Before.Manifest.ModelVersion, fixture.Updated.Manifest.ModelVersion);
        Assert.Equal(fixture.Before.Manifest.ModelVersion, fixture.Updated.Manifest.Parameters["update.from"]);
    }

    [Fact]
    public void UpdateAsync_HeldOutFilms_EachGetsAFullNeighbourList()
    {
        var firstNew = fixture.Before.MovieCount;

        var lengths = Enumerable.Range(firstNew, TmdbHoldOutFixture.HeldOut).Select(row => fixture.Updated.NeighboursOf(row).Length).ToList();

        Assert.All(lengths, length => Assert.Equal(fixture.Updated.Manifest.NeighboursPerMovie, length));
        Assert.All(Enumerable.Range(firstNew, TmdbHoldOutFixture.HeldOut), row => Assert.True(fixture.Updated.TopTermsOf(row).Length > 0));
    }

    [Fact]
    public void UpdateAsync_VectorSpace_CountsEveryFilmsTerms()
    {
        var space = fixture.UpdatedSpace;
        var counted = new int[space.DocumentFrequencies.Length];
        foreach (var term in space.Vectors.ColumnIndices)
        {
            counted[term]++;
        }

        Assert.Equal(fixture.Updated.MovieCount, space.DocumentCount);
        Assert.Equal(counted, space.DocumentFrequencies);
        Assert.Equal(fixture.Updated.Terms.Length, space.InverseDocumentFrequencies.Length);
        Assert.Equal(fixture.Before.Terms, fixture.Updated.Terms[..fixture.Before.Terms.Length]);
    }

    [Fact]
    public void UpdateAsync_HeldOutFilms_ReportSmallIdfDriftAndNoRetrainAdvice()
    {
        var drift = fixture.Summary.Drift;

        Assert.InRange(drift.MeanRelativeChange, 0, IdfDrift.RetrainAdvisedAbove);
        Assert.False(drift.RetrainAdvised);
        Assert.True(fixture.Summary.TermsAdded > 0, "held-out films bring names and words the 4,800 films do not have");
    }

    private List<int> TouchedFilmIds()
    {
        var heldOut = fixture.HeldOutFilms.Select(m => m.Id).ToHashSet();
        var changed = Enumerable.Range(0, fixture.Before.MovieCount)
            .Where(row => !fixture.Before.NeighboursOf(row).SequenceEqual(fixture.Updated.NeighboursOf(row)))
            .Select(row => fixture.Before.Movies[row].Id);
        return [.. heldOut.Concat(changed)];
    }

    private static int[] NeighbourIds(RecommenderModel model, int id)
    {
        var row = model.Movies.Select((m, i) => (m.Id, i)).First(x => x.Id == id).i;
        return [.. model.NeighboursOf(row)[..Math.Min(RecallDepth, model.NeighboursOf(row).Length)].ToArray().Select(n => model.Movies[n].Id)];
    }

    private static double Recall(int[] found, int[] truth) => truth.Length == 0 ? 1 : (double)found.Intersect(truth).Count() / truth.Length;
}
