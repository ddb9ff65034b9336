using MovieRecommender.Core.Catalog;

namespace MovieRecommender.Core.Recommendations;

/// <summary>Result of resolving free text to a film: the film, or did-you-mean candidates.</summary>
public sealed record TitleResolution(Movie? Movie, IReadOnlyList<TitleSuggestion> Suggestions)
{
    public bool IsFound => Movie is not null;
}
