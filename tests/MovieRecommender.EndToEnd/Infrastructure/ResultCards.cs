using System.Globalization;
using Microsoft.Playwright;

namespace MovieRecommender.EndToEnd.Infrastructure;

/// <summary>Reads the film cards a results page shows (the first results section, not the seed list).</summary>
public static class ResultCards
{
    /// <summary>Cards of the main results grid.</summary>
    public const string CardSelector = "section.results article.card";

    public static ILocator Cards(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.Locator(CardSelector);
    }

    /// <summary>Titles in display order; waits until at least one card is visible.</summary>
    public static async Task<IReadOnlyList<string>> TitlesAsync(IPage page)
    {
        await Cards(page).First.WaitForAsync();
        return await page.Locator($"{CardSelector} .card-title a").AllInnerTextsAsync();
    }

    /// <summary>Release years in display order (null for a card without a year).</summary>
    public static async Task<IReadOnlyList<int?>> YearsAsync(IPage page)
    {
        await Cards(page).First.WaitForAsync();
        var texts = await page.Locator($"{CardSelector} .card-meta > span:first-child").AllInnerTextsAsync();
        return texts
            .Select(text => int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var year) ? year : (int?)null)
            .ToList();
    }

    /// <summary>Each card's genres (the "Crime · Drama" line), in display order.</summary>
    public static async Task<IReadOnlyList<IReadOnlyList<string>>> GenresAsync(IPage page)
    {
        var count = await Cards(page).CountAsync();
        var result = new List<IReadOnlyList<string>>(count);
        for (var i = 0; i < count; i++)
        {
            var line = Cards(page).Nth(i).Locator(".genres");
            var text = await line.CountAsync() > 0 ? await line.InnerTextAsync() : string.Empty;
            result.Add(text.Split('·', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        }

        return result;
    }
}
