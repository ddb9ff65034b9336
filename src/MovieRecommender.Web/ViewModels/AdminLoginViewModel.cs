namespace MovieRecommender.Web.ViewModels;

public sealed record AdminLoginViewModel(string? ReturnUrl, bool Failed);
