using MovieRecommender.Web.Personal.Contracts;

namespace MovieRecommender.Web.ViewModels;

/// <summary>/me/import: the upload form, and after an upload what it did (or why nothing was imported).</summary>
public sealed record ImportPageViewModel(ImportResponse? Result, string? Error);
