using MovieRecommender.Web.Presentation;

namespace MovieRecommender.Web.Tests.Presentation;

public sealed class MovieLinksTests
{
    [Theory]
    [InlineData("/abc.jpg", "https://image.tmdb.org/t/p/w342/abc.jpg")]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("//evil.example/x.jpg", null)]
    [InlineData(null, null)]
    public void PosterUrl_Path_OnlyWellFormedPathsBecomeUrls(string? path, string? expected)
    {
        Assert.Equal(expected, MovieLinks.PosterUrl(path));
    }

    [Theory]
    [InlineData("tt0113277", "https://www.imdb.com/title/tt0113277/")]
    [InlineData("tt1\"><script>", null)]
    [InlineData("", null)]
    public void ImdbUrl_Id_OnlyValidIdsBecomeUrls(string? id, string? expected)
    {
        Assert.Equal(expected, MovieLinks.ImdbUrl(id));
    }

    [Fact]
    public void WebSearchUrl_TitleWithSymbols_IsEscaped()
    {
        Assert.Equal("https://duckduckgo.com/?q=Fast%20%26%20Furious%202009%20film", MovieLinks.WebSearchUrl("Fast & Furious", 2009));
    }
}
