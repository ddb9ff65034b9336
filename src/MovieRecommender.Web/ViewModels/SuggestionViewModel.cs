namespace MovieRecommender.Web.ViewModels;

/// <summary>A "did you mean" link; <see cref="Url"/> keeps the current filters.</summary>
public sealed record SuggestionViewModel(int Id, string Title, int? Year, string Url)
{
    public string Label => Year is { } y ? $"{Title} ({y})" : Title;
}
