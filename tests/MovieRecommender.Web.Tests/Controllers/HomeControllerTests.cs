using System.Net;
using MovieRecommender.Web.Tests.Infrastructure;

namespace MovieRecommender.Web.Tests.Controllers;

public sealed class HomeControllerTests(WebAppFactory factory) : IClassFixture<WebAppFactory>
{
    [Fact]
    public async Task Index_NoTitle_ShowsSearchBoxAndTopFilms()
    {
        var response = await factory.CreateClient().GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("role=\"combobox\"", html, StringComparison.Ordinal);
        Assert.Contains("Top-rated films", html, StringComparison.Ordinal);
        Assert.Contains("The Dark Knight", html, StringComparison.Ordinal);
        Assert.Matches("<script src=\"/js/site[^\"]*\\.js\" defer>", html);
    }

    [Fact]
    public async Task Index_KnownTitle_ShowsCardsWithPosterSimilarityChipsAndLinks()
    {
        var response = await factory.CreateClient().GetAsync("/?title=Heat");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Because you like", html, StringComparison.Ordinal);
        Assert.Contains("https://image.tmdb.org/t/p/w342/qJ2tW6WMUDux911r6m7haRef0WH.jpg", html, StringComparison.Ordinal);
        Assert.Contains("poster-placeholder", html, StringComparison.Ordinal);
        Assert.Contains("90% match", html, StringComparison.Ordinal);
        Assert.Contains("Director:</span> Michael Mann", html, StringComparison.Ordinal);
        Assert.Contains("https://www.imdb.com/title/tt0369339/", html, StringComparison.Ordinal);
        Assert.Contains("/api/v1/recommendations.csv?title=Heat&amp;offset=0", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_PagedResults_LinksKeepOtherParameters()
    {
        var response = await factory.CreateClient().GetAsync("/?title=Heat&n=1&minYear=1990");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("aria-label=\"Pages\"", html, StringComparison.Ordinal);
        Assert.Contains("/?title=Heat&amp;n=1&amp;minYear=1990&amp;page=2", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_HeadRequest_Returns200()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, "/");

        var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Index_UnknownTitle_Returns404WithDidYouMeanLinks()
    {
        var response = await factory.CreateClient().GetAsync("/?title=Haet");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Did you mean", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/?id=949\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_UnknownTitleWithFilters_DidYouMeanKeepsTheFilters()
    {
        var response = await factory.CreateClient().GetAsync("/?title=Haet&minYear=1990&page=3");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("href=\"/?minYear=1990&amp;id=949\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_InvalidFilter_Returns400WithMessage()
    {
        var response = await factory.CreateClient().GetAsync("/?title=Heat&minYear=2010&maxYear=2000");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("minYear must not be greater than maxYear.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_ModelLoading_ShowsLoadingScreenWith503()
    {
        using var loading = new WebAppFactory();
        loading.Recommender.IsReady = false;

        var response = await loading.CreateClient().GetAsync("/?title=Heat");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-loading", html, StringComparison.Ordinal);
        Assert.Matches("/js/loading[^\"]*\\.js", html);
    }
}
