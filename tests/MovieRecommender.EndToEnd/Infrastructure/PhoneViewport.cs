using Microsoft.Playwright;

namespace MovieRecommender.EndToEnd.Infrastructure;

/// <summary>A small phone: 360×640 CSS pixels, touch, mobile viewport handling and a 2x screen.</summary>
public static class PhoneViewport
{
    public const int Width = 360;
    public const int Height = 640;

    public static void Apply(BrowserNewContextOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ViewportSize = new ViewportSize { Width = Width, Height = Height };
        options.IsMobile = true;
        options.HasTouch = true;
        options.DeviceScaleFactor = 2;
        options.ReducedMotion = ReducedMotion.Reduce;
    }

    /// <summary>How far the page is wider than the screen (0 when nothing scrolls sideways).</summary>
    public static async Task<int> HorizontalOverflowAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return await page.EvaluateAsync<int>(
            "() => Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth)");
    }
}
