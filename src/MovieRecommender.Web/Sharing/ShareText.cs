namespace MovieRecommender.Web.Sharing;

/// <summary>Preview descriptions short enough that link previews show them whole.</summary>
public static class ShareText
{
    public const int MaxDescriptionLength = 200;

    /// <summary>The text cut at a word boundary to at most <see cref="MaxDescriptionLength"/> characters, with "…" when cut.</summary>
    public static string Summary(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.Length <= MaxDescriptionLength)
        {
            return trimmed;
        }

        var cut = trimmed[..(MaxDescriptionLength - 1)];
        var lastSpace = cut.LastIndexOf(' ');
        return (lastSpace > MaxDescriptionLength / 2 ? cut[..lastSpace] : cut).TrimEnd(',', ';', ':', '.', ' ') + "…";
    }
}
