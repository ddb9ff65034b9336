using Microsoft.Playwright;

namespace MovieRecommender.EndToEnd.Infrastructure;

/// <summary>
/// A browser context with one page, recording the page's console errors and uncaught script errors so a test can
/// assert that a page works without JavaScript failures.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly List<string> _consoleErrors = [];
    private readonly List<string> _pageErrors = [];

    public BrowserSession(IBrowserContext context, IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        Context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _consoleErrors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => _pageErrors.Add(error);
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    /// <summary><c>console.error</c> messages, including failed resource loads the browser reports.</summary>
    public IReadOnlyList<string> ConsoleErrors => _consoleErrors;

    /// <summary>Uncaught exceptions thrown by the page's scripts.</summary>
    public IReadOnlyList<string> PageErrors => _pageErrors;

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}
