using Microsoft.Extensions.Options;
using MovieRecommender.Core.Model;
using MovieRecommender.Core.Persistence;
using MovieRecommender.Core.Recommendations;
using MovieRecommender.Core.Tests.TestSupport;
using MovieRecommender.Core.Updating;

namespace MovieRecommender.Core.Tests.Updating;

/// <summary>An update of a hybrid model carries its collaborative part and ranker over (issue #15).</summary>
public sealed class HybridCatalogUpdateTests(HybridUpdateFixture fixture) : IClassFixture<HybridUpdateFixture>
{
    private static readonly int[] NewIds = [HybridUpdateFixture.NewSpaceId, HybridUpdateFixture.NewGardenId];

    [Fact]
    public void UpdateAsync_HybridModel_PublishesAHybridVersionWithTheCollaborativeFilesAndSaysSo()
    {
        var manifest = fixture.Updated.Manifest;

        Assert.True(fixture.Updated.HasHybrid);
        Assert.NotEqual(fixture.Before.Manifest.ModelVersion, manifest.ModelVersion);
        Assert.All(CollaborativeFiles.Files, file => Assert.Contains(file, manifest.Files.Keys));
        Assert.Equal("true", manifest.Parameters[ModelCompatibility.CollaborativeCarriedKey]);
        Assert.True(fixture.Summary.CollaborativeCarried);
        Assert.Equal(2, fixture.Summary.FilmsAdded);
        Assert.Equal(1, fixture.Summary.FilmsReplaced);
    }

    [Fact]
    public async Task UpdateAsync_HybridModel_EveryFileMatchesItsManifestChecksum()
    {
        var files = await new ModelVerifier(new ModelReader()).VerifyAsync(fixture.ModelDirectory);

        Assert.All(CollaborativeFiles.Files, file => Assert.Contains(files, f => f.Name == file));
        Assert.All(files, f => Assert.Null(f.Problem));
    }

    [Fact]
    public async Task UpdateAsync_HybridModel_PublishesTheRankerUnchanged()
    {
        var after = await File.ReadAllBytesAsync(Path.Combine(fixture.ModelDirectory, CollaborativeFiles.RankerFile));

        Assert.Equal(fixture.RankerBefore, after);
        Assert.Equal(fixture.Before.Manifest.Files[CollaborativeFiles.RankerFile], fixture.Updated.Manifest.Files[CollaborativeFiles.RankerFile]);
    }

    [Fact]
    public void UpdateAsync_OldFilms_KeepTheirCollaborativeNeighboursFactorsAndRatingCounts()
    {
        var before = fixture.Before;
        var after = fixture.Updated;

        for (var film = 0; film < before.MovieCount; film++)
        {
            var id = before.Table.IdAt(film);
            var row = RowOf(after, id);
            Assert.Equal(CfNeighbours(before, film), CfNeighbours(after, row));
            Assert.Equal(before.Collaborative!.RatingCounts[film], after.Collaborative!.RatingCounts[row]);
            Assert.Equal(before.Collaborative.Factors.Of(film).ToArray(), after.Collaborative.Factors.Of(row).ToArray());
        }

        Assert.Equal(before.Collaborative!.UserCount, after.Collaborative!.UserCount);
    }

    [Fact]
    public void UpdateAsync_ReplacedFilm_TakesTheNewDataAndKeepsItsCollaborativeRow()
    {
        var row = RowOf(fixture.Updated, TasteWorld.IdOf(HybridUpdateFixture.ReplacedFilm));

        Assert.Equal(HybridUpdateFixture.ReplacedFilm, row);
        Assert.Equal(HybridUpdateFixture.ReplacedTitle, fixture.Updated.Movies[row].Title);
        Assert.NotEmpty(CfNeighbours(fixture.Updated, row));
        Assert.True(fixture.Updated.Collaborative!.Factors.Has(row));
    }

    [Fact]
    public void UpdateAsync_NewFilms_HaveNoCollaborativeDataAndAreNobodysCollaborativeNeighbour()
    {
        var model = fixture.Updated;
        var collaborative = model.Collaborative!;

        foreach (var id in NewIds)
        {
            var row = RowOf(model, id);
            Assert.Empty(CfNeighbours(model, row));
            Assert.False(collaborative.Factors.Has(row));
            Assert.Equal(0, collaborative.RatingCounts[row]);
        }

        Assert.DoesNotContain(collaborative.Similar.Indices, n => NewIds.Contains(model.Table.IdAt(n)));
    }

    [Fact]
    public void Recommend_UpdatedHybridModel_ServesTheHybridForAnOldFilm()
    {
        using var service = Serve(fixture.Updated);
        var request = new RecommendationRequest { SeedIds = [TasteWorld.IdOf(3)], Count = 10 };

        var byDefault = service.Recommend(request);
        var hybrid = service.Recommend(request with { Algorithm = RecommendationAlgorithm.Hybrid });

        Assert.Equal(RecommendationAlgorithm.Hybrid, byDefault.Algorithm);
        Assert.Equal(RecommendationAlgorithm.Hybrid, hybrid.Algorithm);
        Assert.Equal(10, hybrid.Items.Count);
        Assert.True(hybrid.Items.Count(i => IsSpace(i.Movie.Id)) >= 9);
    }

    [Fact]
    public void Recommend_NewFilmAsSeed_GetsContentRecommendationsOfItsTaste()
    {
        using var service = Serve(fixture.Updated);

        var space = service.Recommend(new RecommendationRequest { SeedIds = [HybridUpdateFixture.NewSpaceId], Count = 5, Algorithm = RecommendationAlgorithm.Hybrid });
        var garden = service.Recommend(new RecommendationRequest { SeedIds = [HybridUpdateFixture.NewGardenId], Count = 5 });

        Assert.Equal(5, space.Items.Count);
        Assert.All(space.Items, i => Assert.True(IsSpace(i.Movie.Id)));
        Assert.Equal(5, garden.Items.Count);
        Assert.All(garden.Items, i => Assert.False(IsSpace(i.Movie.Id)));
    }

    [Fact]
    public void RecommendForProfile_ProfileWithANewFilm_IsServedByTheHybrid()
    {
        using var service = Serve(fixture.Updated);
        RatedFilm[] ratings = [new(HybridUpdateFixture.NewSpaceId, 5), new(TasteWorld.IdOf(1), 5), new(TasteWorld.IdOf(9), 4.5f)];

        var result = service.RecommendForProfile(new ProfileRecommendationRequest { Ratings = ratings, Count = 10 });

        Assert.Equal(RecommendationAlgorithm.Hybrid, result.Algorithm);
        Assert.True(result.Items.Count(i => IsSpace(i.Movie.Id)) >= 9);
        Assert.DoesNotContain(result.Items, i => ratings.Any(r => r.MovieId == i.Movie.Id));
    }

    private static RecommenderService Serve(RecommenderModel model)
    {
        var service = new RecommenderService(Options.Create(new RecommenderOptions()), TimeProvider.System);
        service.UseModel(model, TimeSpan.Zero);
        return service;
    }

    private static bool IsSpace(int id) => id == HybridUpdateFixture.NewSpaceId || (id != HybridUpdateFixture.NewGardenId && TasteWorld.IsSpace(id - 1000));

    private static int RowOf(RecommenderModel model, int id) => Enumerable.Range(0, model.MovieCount).Single(row => model.Table.IdAt(row) == id);

    /// <summary>A film's item-item neighbours as (TMDB id, similarity), in stored order.</summary>
    private static (int Id, float Score)[] CfNeighbours(RecommenderModel model, int row)
    {
        var similar = model.Collaborative!.Similar;
        return [.. Enumerable.Range(similar.Offsets[row], similar.Offsets[row + 1] - similar.Offsets[row])
            .Select(entry => (model.Table.IdAt(similar.Indices[entry]), similar.Scores[entry]))];
    }
}
