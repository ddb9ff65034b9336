using System.Net;
using MovieRecommender.Web.Tests.Infrastructure;

namespace MovieRecommender.Web.Tests.Controllers;

public sealed class TopRatedControllerTests(WebAppFactory factory) : IClassFixture<WebAppFactory>
{
    [Fact]
    public async Task Index_Default_ListsFilmsWithFilters()
    {
        var response = await factory.CreateClient().GetAsync("/top-rated?n=2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("The Dark Knight", html, StringComparison.Ordinal);
        Assert.Contains("name=\"minYear\"", html, StringComparison.Ordinal);
        Assert.Contains("page=2", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_SelectedGenre_IsCheckedInTheForm()
    {
        var html = await factory.CreateClient().GetStringAsync("/top-rated?genres=Crime");

        Assert.Contains("value=\"Crime\" checked", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_InvalidNumber_Returns400Page()
    {
        var response = await factory.CreateClient().GetAsync("/top-rated?minVotes=lots");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("role=\"alert\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
