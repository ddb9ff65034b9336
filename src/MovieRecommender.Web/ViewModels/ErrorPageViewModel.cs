namespace MovieRecommender.Web.ViewModels;

public sealed record ErrorPageViewModel(int StatusCode, string Heading, string Message, string? RequestId);
