namespace MovieRecommender.Web.Presentation;

/// <summary>
/// A generated poster for films without one: initials on a colour derived from the id. Colours are CSS
/// classes (not inline styles) so the page stays within a strict style-src CSP.
/// </summary>
public static class PosterPlaceholder
{
    public const int PaletteSize = 12;
    private const int MaxInitials = 2;

    public static string HueClass(int movieId) => $"poster-hue-{(int)((uint)movieId % PaletteSize)}";

    // The same gradients as .poster-hue-N in site.css, for images drawn on the server (share cards).
    private static readonly (string From, string To)[] Gradients =
    [
        ("#7f1d1d", "#450a0a"), ("#9a3412", "#431407"), ("#854d0e", "#422006"), ("#3f6212", "#1a2e05"),
        ("#166534", "#052e16"), ("#115e59", "#042f2e"), ("#155e75", "#083344"), ("#1e40af", "#172554"),
        ("#3730a3", "#1e1b4b"), ("#6b21a8", "#3b0764"), ("#9d174d", "#500724"), ("#374151", "#111827"),
    ];

    /// <summary>Start and end colour (hex) of the film's placeholder gradient.</summary>
    public static (string From, string To) Gradient(int movieId) => Gradients[(int)((uint)movieId % PaletteSize)];

    public static string Initials(string title)
    {
        var letters = title
            .Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(w => w.FirstOrDefault(char.IsLetterOrDigit))
            .Where(c => c != default)
            .Take(MaxInitials)
            .Select(char.ToUpperInvariant)
            .ToArray();
        return letters.Length == 0 ? "?" : new string(letters);
    }
}
