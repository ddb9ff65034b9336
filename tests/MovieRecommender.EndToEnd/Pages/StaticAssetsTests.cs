using System.Collections.Concurrent;
using Microsoft.Playwright;
using MovieRecommender.EndToEnd.Infrastructure;

namespace MovieRecommender.EndToEnd.Pages;

/// <summary>
/// The stylesheet and scripts reach a real browser (which always sends Accept-Encoding) in Production, however the
/// app was started: from its build folder, from the project folder as <c>dotnet run</c> does, or published.
/// </summary>
[Collection(EndToEndSuite.Name)]
public sealed class StaticAssetsTests(WebAppFixture app, BrowserFixture browser)
{
    [Theory]
    [InlineData(AppStartShape.BuildOutput)]
    [InlineData(AppStartShape.ProjectFolder)]
    [InlineData(AppStartShape.PublishOutput)]
    public async Task Home_ProductionStartedEachWay_IsStyledAndSuggestsAsYouType(AppStartShape shape)
    {
        // Arrange: a Production app serving the shared fixture's trained model, started the given way.
        using var publishFolder = new TemporaryFolder();
        var webAssembly = shape == AppStartShape.PublishOutput
            ? await PublishedWebApp.PublishAsync(publishFolder.Path)
            : RepositoryPaths.FindWebAssembly();
        await using var production = await WebAppProcess.StartAsync(new WebAppOptions
        {
            Environment = "Production",
            WebAssembly = webAssembly,
            WorkingDirectory = shape == AppStartShape.ProjectFolder
                ? Path.Combine(RepositoryPaths.FindRepositoryRoot(), "src", "MovieRecommender.Web")
                : null,
            Settings = new Dictionary<string, string>
            {
                ["Model__Directory"] = app.App.ModelDirectory,
                ["RateLimiting__Enabled"] = "false",
            },
        });
        await using var session = await browser.NewSessionAsync(production.BaseAddress);
        var page = session.Page;
        var responses = new ConcurrentQueue<IResponse>();
        page.Response += (_, response) => responses.Enqueue(response);

        // Act
        await page.GotoAsync("/");
        var accent = await page.EvaluateAsync<string>("getComputedStyle(document.documentElement).getPropertyValue('--accent').trim()");
        await page.Locator("#title").PressSequentiallyAsync("heat");
        await page.Locator("#title-suggestions [role=option]").First.WaitForAsync();

        var assets = new List<(string Url, int Status, int Bytes)>();
        foreach (var response in responses)
        {
            var path = new Uri(response.Url).AbsolutePath;
            if (path.EndsWith(".css", StringComparison.Ordinal) || path.EndsWith(".js", StringComparison.Ordinal))
            {
                assets.Add((path, response.Status, (await response.BodyAsync()).Length));
            }
        }

        // Assert
        Assert.False(string.IsNullOrEmpty(accent), "site.css did not apply: the --accent custom property is unset");
        Assert.Contains(assets, a => a.Url.StartsWith("/css/site.", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.Url.StartsWith("/js/site.", StringComparison.Ordinal));
        Assert.All(assets, a => Assert.True(a.Status == 200 && a.Bytes > 0, $"{a.Url}: {a.Status}, {a.Bytes} bytes"));
        await Assertions.Expect(page.Locator("#title")).ToHaveAttributeAsync("aria-expanded", "true");
        Assert.Empty(session.PageErrors);
    }
}
