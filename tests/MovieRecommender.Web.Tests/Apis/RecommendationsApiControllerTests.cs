using System.Net;
using MovieRecommender.Core.Recommendations;
using MovieRecommender.Web.Tests.Infrastructure;

namespace MovieRecommender.Web.Tests.Apis;

public sealed class RecommendationsApiControllerTests(WebAppFactory factory) : IClassFixture<WebAppFactory>
{
    [Fact]
    public async Task Get_KnownTitle_ReturnsSeedsResultsAndExplanations()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/recommendations?title=Heat%20(1995)&n=2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await HttpAssertions.JsonAsync(response);
        Assert.Equal(949, json.GetProperty("seeds")[0].GetProperty("id").GetInt32());
        Assert.Equal(3, json.GetProperty("total").GetInt32());
        var results = json.GetProperty("results");
        Assert.Equal(2, results.GetArrayLength());
        var first = results[0];
        Assert.Equal(1538, first.GetProperty("id").GetInt32());
        Assert.Equal(0.9, first.GetProperty("similarity").GetDouble(), 3);
        Assert.Equal("director", first.GetProperty("explanation")[0].GetProperty("kind").GetString());
        Assert.Equal("Michael Mann", first.GetProperty("explanation")[0].GetProperty("value").GetString());
    }

    [Fact]
    public async Task Get_RepeatedIdsAndFilters_PassesThemToTheEngine()
    {
        var response = await factory.CreateClient().GetAsync(
            "/api/v1/recommendations?id=949&id=155&n=5&offset=1&minYear=1990&maxYear=2010&genres=Crime,Drama&genres=Action&genreMode=all&minRating=6.5&minVotes=100&minRuntime=90&maxRuntime=200&language=EN&country=us&excludeSameCompany=true&diversity=0.3");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var request = factory.Recommender.LastRequest!;
        Assert.Equal([949, 155], request.SeedIds);
        Assert.Equal(5, request.Count);
        Assert.Equal(1, request.Offset);
        Assert.Equal(0.3, request.Diversity, 3);
        Assert.Equal(["Crime", "Drama", "Action"], request.Filter.Genres);
        Assert.Equal(Core.Recommendations.GenreMatchMode.All, request.Filter.GenreMode);
        Assert.Equal("en", request.Filter.Language);
        Assert.Equal("US", request.Filter.Country);
        Assert.True(request.Filter.ExcludeSameCompany);
        Assert.Equal(90, request.Filter.MinRuntime);
    }

    [Fact]
    public async Task Get_DeepestOffset_ReachesTheEngineUnclamped()
    {
        var response = await factory.CreateClient().GetAsync($"/api/v1/recommendations?title=Heat&offset={RecommenderService.MaxOffset}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(RecommenderService.MaxOffset, factory.Recommender.LastRequest?.Offset);
        Assert.Equal(RecommenderService.MaxOffset, (await HttpAssertions.JsonAsync(response)).GetProperty("offset").GetInt32());
    }

    [Fact]
    public async Task Get_UnknownTitle_Returns404WithSuggestions()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/recommendations?title=Haet");

        var problem = await HttpAssertions.AssertProblemAsync(response, HttpStatusCode.NotFound);
        var suggestions = problem.GetProperty("suggestions");
        Assert.Equal("Heat", suggestions[0].GetProperty("title").GetString());
        Assert.Equal(949, suggestions[0].GetProperty("id").GetInt32());
    }

    [Theory]
    [InlineData("", "title")]
    [InlineData("title=Heat&n=0", "n")]
    [InlineData("title=Heat&n=1000", "n")]
    [InlineData("title=Heat&n=12abc", "n")]
    [InlineData("title=Heat&n=2147483648", "n")]
    [InlineData("title=Heat&minYear=2000&maxYear=1990", "minYear")]
    [InlineData("title=Heat&genreMode=most", "genreMode")]
    [InlineData("title=Heat&diversity=2", "diversity")]
    [InlineData("title=Heat&diversity=Infinity", "diversity")]
    [InlineData("title=Heat&excludeSameCompany=maybe", "excludeSameCompany")]
    [InlineData("id=0", "id")]
    [InlineData("id=abc", "id")]
    [InlineData("title=He%00at", "title")]
    [InlineData("title=Heat&offset=401", "offset")]
    [InlineData("title=Heat&offset=100000", "offset")]
    [InlineData("title=Heat&n=15&page=28", "page")]
    public async Task Get_InvalidParameter_Returns400NamingIt(string query, string parameter)
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/recommendations?" + query);

        var problem = await HttpAssertions.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), $"errors should name '{parameter}'");
    }

    [Fact]
    public async Task GetCsv_KnownTitle_ReturnsCsvAttachment()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/recommendations.csv?title=Heat");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("rank,id,title,year", text.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains("1,1538,Collateral,2004", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetCsv_UnknownTitle_Returns404Problem()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/recommendations.csv?title=Nothing%20Like%20It");

        await HttpAssertions.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }
}
