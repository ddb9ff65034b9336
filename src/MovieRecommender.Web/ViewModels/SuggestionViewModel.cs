namespace MovieRecommender.Web.ViewModels;

/// <summary>A "did you mean" link.</summary>
public sealed record SuggestionViewModel(int Id, string Title, int? Year)
{
    public string Label => Year is { } y ? $"{Title} ({y})" : Title;
}
