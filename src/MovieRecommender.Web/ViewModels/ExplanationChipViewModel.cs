namespace MovieRecommender.Web.ViewModels;

public sealed record ExplanationChipViewModel(string Label, string Value);
