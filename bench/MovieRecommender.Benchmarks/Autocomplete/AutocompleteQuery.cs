namespace MovieRecommender.Benchmarks.Autocomplete;

/// <summary>One query and the film it is meant to find.</summary>
public sealed record AutocompleteQuery(AutocompleteQueryKind Kind, string Text, int TargetId);
