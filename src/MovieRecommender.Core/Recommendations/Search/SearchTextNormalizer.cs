namespace MovieRecommender.Core.Recommendations.Search;

/// <summary>
/// The engine's normal form of what someone typed (lower-case, no accents, single spaces), public so search
/// statistics count "The Dark Knight", "the dark  knight" and "The Dark Knight!" as one search.
/// </summary>
public static class SearchTextNormalizer
{
    public static string Normalize(string? text) => TitleNormalizer.Normalize(text);
}
