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
