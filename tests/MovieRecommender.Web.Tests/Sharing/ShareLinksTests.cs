using Microsoft.AspNetCore.Http;
using MovieRecommender.Web.Sharing;

namespace MovieRecommender.Web.Tests.Sharing;

public sealed class ShareLinksTests
{
    [Fact]
    public void Recommendations_TitleAndPageInQuery_PermalinkUsesIdsAndKeepsFilters()
    {
        // Arrange
        var context = new DefaultHttpContext();
        context.Request.Scheme = "https";
        context.Request.Host = new HostString("films.example");
        context.Request.QueryString = new QueryString("?title=Heat&minYear=1990&genres=Crime&page=3&offset=30");

        // Act
        var url = ShareLinks.Recommendations(context.Request, [949]);

        // Assert
        Assert.Equal("https://films.example/?id=949&minyear=1990&genres=Crime", url);
    }

    [Fact]
    public void MovieImage_UnderPathBase_KeepsPathBase()
    {
        // Arrange
        var context = new DefaultHttpContext();
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("localhost", 8080);
        context.Request.PathBase = "/films";

        // Act
        var url = ShareLinks.MovieImage(context.Request, 155);

        // Assert
        Assert.Equal("http://localhost:8080/films/share/movies/155.png", url);
    }
}
