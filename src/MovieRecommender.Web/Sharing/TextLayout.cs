namespace MovieRecommender.Web.Sharing;

/// <summary>Greedy word wrapping for drawn text, with an ellipsis when the text needs more lines than allowed.</summary>
public static class TextLayout
{
    private const string Ellipsis = "…";

    public static IReadOnlyList<string> Wrap(string text, float maxWidth, int maxLines, Func<string, float> measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var lines = new List<string>();
        var words = (text ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var current = string.Empty;
        var index = 0;
        while (index < words.Length && lines.Count < maxLines)
        {
            var candidate = current.Length == 0 ? words[index] : current + " " + words[index];
            if (measure(candidate) <= maxWidth)
            {
                current = candidate;
                index++;
            }
            else if (current.Length == 0)
            {
                // A single word wider than the line: cut it.
                lines.Add(Shorten(candidate, maxWidth, measure));
                index++;
            }
            else
            {
                lines.Add(current);
                current = string.Empty;
            }
        }

        if (current.Length > 0 && lines.Count < maxLines)
        {
            lines.Add(current);
        }

        if (index < words.Length && lines.Count > 0)
        {
            lines[^1] = Shorten(lines[^1] + Ellipsis, maxWidth, measure);
        }

        return lines;
    }

    private static string Shorten(string text, float maxWidth, Func<string, float> measure)
    {
        if (measure(text) <= maxWidth)
        {
            return text;
        }

        var trimmed = text.TrimEnd('…');
        while (trimmed.Length > 1 && measure(trimmed + Ellipsis) > maxWidth)
        {
            trimmed = trimmed[..^1].TrimEnd();
        }

        return trimmed + Ellipsis;
    }
}
