using System.Net;
using MovieRecommender.Web.Tests.Infrastructure;

namespace MovieRecommender.Web.Tests.Apis;

public sealed class MoviesApiControllerTests(WebAppFactory factory) : IClassFixture<WebAppFactory>
{
    [Fact]
    public async Task Get_KnownId_ReturnsDetails()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/movies/949");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await HttpAssertions.JsonAsync(response);
        Assert.Equal("Heat", json.GetProperty("title").GetString());
        Assert.Equal("https://www.imdb.com/title/tt0113277/", json.GetProperty("imdbUrl").GetString());
        Assert.Equal("Michael Mann", json.GetProperty("directors")[0].GetString());
    }

    [Theory]
    [InlineData("/api/v1/movies/123456")]
    [InlineData("/api/v1/movies/0")]
    [InlineData("/api/v1/movies/-5")]
    [InlineData("/api/v1/movies/abc")]
    [InlineData("/api/v1/movies/99999999999999999999")]
    public async Task Get_UnknownOrMalformedId_Returns404Problem(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);

        await HttpAssertions.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TopRated_DefaultParameters_ReturnsPagedList()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/movies/top-rated?n=2&offset=1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await HttpAssertions.JsonAsync(response);
        Assert.Equal(4, json.GetProperty("total").GetInt32());
        Assert.Equal(1, json.GetProperty("offset").GetInt32());
        Assert.Equal(2, json.GetProperty("results").GetArrayLength());
    }

    [Theory]
    [InlineData("n=0", "n")]
    [InlineData("n=101", "n")]
    [InlineData("minYear=2010&maxYear=2000", "minYear")]
    [InlineData("genreMode=some", "genreMode")]
    [InlineData("minRating=11", "minRating")]
    [InlineData("minRating=NaN", "minRating")]
    [InlineData("language=english", "language")]
    [InlineData("offset=-1", "offset")]
    [InlineData("offset=401", "offset")]
    public async Task TopRated_InvalidParameter_Returns400NamingIt(string query, string parameter)
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/movies/top-rated?" + query);

        var problem = await HttpAssertions.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), $"errors should name '{parameter}'");
    }
}
