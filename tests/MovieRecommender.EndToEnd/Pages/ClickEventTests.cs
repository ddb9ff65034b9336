using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using MovieRecommender.EndToEnd.Infrastructure;

namespace MovieRecommender.EndToEnd.Pages;

/// <summary>Impression and click events sent by js/events.js with navigator.sendBeacon from the film lists.</summary>
[Collection(EndToEndSuite.Name)]
public sealed class ClickEventTests(WebAppFixture app, BrowserFixture browser)
{
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task RecommendedFilm_Opened_ClickReachesTheDatabaseWithListPositionAndSource()
    {
        // Arrange
        await using var session = await browser.NewSessionAsync(app.BaseAddress);
        var page = session.Page;
        await page.GotoAsync("/?title=The Dark Knight");
        var firstCard = page.Locator("[data-list] li[data-movie-id]").First;
        var movieId = int.Parse(await firstCard.GetAttributeAsync("data-movie-id") ?? "0", CultureInfo.InvariantCulture);

        // Act
        await firstCard.Locator(".card-title a").ClickAsync();
        await page.WaitForURLAsync($"**/movies/{movieId}");

        // Assert: sendBeacon → POST /api/v1/events → channel → writer → the app's database.
        var click = await WaitForClickAsync(app.App.AnalyticsDatabasePath, movieId);
        Assert.Equal(("similar", 0L, 155L), click);
        Assert.Empty(session.PageErrors);
    }

    [Fact]
    public async Task Page_GlobalPrivacyControl_SendsNoEvents()
    {
        // Arrange: a browser that sets navigator.globalPrivacyControl, as Firefox and Brave do.
        await using var session = await browser.NewSessionAsync(app.BaseAddress);
        var page = session.Page;
        await session.Context.AddInitScriptAsync("Object.defineProperty(navigator, 'globalPrivacyControl', { get: () => true });");
        var posts = 0;
        session.Context.Request += (_, request) =>
        {
            if (request.Url.EndsWith("/api/v1/events", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref posts);
            }
        };
        await page.GotoAsync("/?title=The Dark Knight");

        // Act
        await ResultCards.Cards(page).First.Locator(".card-title a").ClickAsync();
        await page.WaitForURLAsync("**/movies/*");
        await page.GotoAsync("/top-rated");

        // Assert
        Assert.Equal(0, Volatile.Read(ref posts));
    }

    /// <summary>(list, position, sourceId) of the stored click on <paramref name="movieId"/>, once the writer has stored it.</summary>
    private static async Task<(string List, long Position, long SourceId)> WaitForClickAsync(string database, int movieId)
    {
        var deadline = DateTime.UtcNow + EventTimeout;
        while (DateTime.UtcNow < deadline)
        {
            await using (var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly"))
            {
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = "SELECT List, Position, SourceId FROM analytics_events WHERE Kind = 2 AND MovieId = $movie ORDER BY Id DESC LIMIT 1";
                command.Parameters.AddWithValue("$movie", movieId);
                await using var reader = await command.ExecuteReaderAsync();
                if (await reader.ReadAsync())
                {
                    return (reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2));
                }
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"no click on film {movieId} was stored within {EventTimeout.TotalSeconds} s");
    }
}
