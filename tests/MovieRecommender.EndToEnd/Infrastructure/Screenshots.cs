using Microsoft.Playwright;

namespace MovieRecommender.EndToEnd.Infrastructure;

/// <summary>Saves page screenshots into the repository's docs/ folder, where the README links them.</summary>
public static class Screenshots
{
    /// <summary>Writes docs/<paramref name="fileName"/> (a plain .png name, no folders) and returns its full path.</summary>
    public static async Task<string> SaveToDocsAsync(IPage page, string fileName, bool fullPage = false)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (string.IsNullOrWhiteSpace(fileName)
            || fileName != Path.GetFileName(fileName)
            || !fileName.EndsWith(".png", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException("Expected a plain file name ending in .png, e.g. screenshot-home.png.", nameof(fileName));
        }

        var docs = Directory.CreateDirectory(Path.Combine(RepositoryPaths.FindRepositoryRoot(), "docs")).FullName;
        var path = Path.Combine(docs, fileName);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        return path;
    }
}
