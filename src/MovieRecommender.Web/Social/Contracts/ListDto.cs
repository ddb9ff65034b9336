using System.Text.Json.Serialization;
using MovieRecommender.Web.Personal.Contracts;

namespace MovieRecommender.Web.Social.Contracts;

/// <summary>
/// A shared list with its members and a page of films. <c>role</c> is the viewer's (null for a visitor of a public
/// list); <c>inviteUrl</c> is present for the owner only.
/// </summary>
public sealed record ListDto
{
    public required Guid Id { get; init; }
    public required string Name { get; init; }
    public required bool IsPublic { get; init; }
    public string? Role { get; init; }
    public required string Url { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? InviteUrl { get; init; }

    public required IReadOnlyList<ListMemberDto> Members { get; init; }
    public required MyFilmsResponse Films { get; init; }
}
