using System.Text.RegularExpressions;
using MovieRecommender.EndToEnd.Infrastructure;

namespace MovieRecommender.EndToEnd;

[Collection(EndToEndSuite.Name)]
public sealed partial class HomePageTests(WebAppFixture app, BrowserFixture browser)
{
    [Fact]
    public async Task HomePage_Opened_Returns200WithAppNameInTitleAndNoScriptErrors()
    {
        // Arrange
        await using var session = await browser.NewSessionAsync(app.BaseAddress);

        // Act
        var response = await session.Page.GotoAsync("/");
        var title = await session.Page.TitleAsync();

        // Assert
        Assert.NotNull(response);
        Assert.Equal(200, response.Status);
        Assert.Matches(AppNamePattern(), title);
        Assert.Empty(session.PageErrors);
    }

    [GeneratedRegex(@"Movie\s?Recommender", RegexOptions.IgnoreCase)]
    private static partial Regex AppNamePattern();
}
