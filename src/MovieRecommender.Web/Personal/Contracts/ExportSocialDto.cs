using MovieRecommender.Web.Social.Contracts;

namespace MovieRecommender.Web.Personal.Contracts;

/// <summary>The social part of the export: profile, people, reviews, shared lists and saved streaming services.</summary>
public sealed record ExportSocialDto
{
    public MyProfileDto? Profile { get; init; }
    public IReadOnlyList<PersonDto> Following { get; init; } = [];
    public IReadOnlyList<PersonDto> Followers { get; init; } = [];
    public IReadOnlyList<PersonDto> Blocked { get; init; } = [];
    public IReadOnlyList<ReviewDto> Reviews { get; init; } = [];
    public IReadOnlyList<ListSummaryDto> Lists { get; init; } = [];
    public IReadOnlyList<int> WatchServices { get; init; } = [];
}
