namespace MovieRecommender.Web.Personal.Contracts;

/// <summary>GET /api/v1/me/export: everything stored about the user.</summary>
public sealed record ExportDocument
{
    public required DateTime ExportedAt { get; init; }
    public required ExportAccountDto Account { get; init; }
    public required IReadOnlyList<MyFilmDto> Ratings { get; init; }
    public required IReadOnlyList<MyFilmDto> Likes { get; init; }
    public required IReadOnlyList<MyFilmDto> Watchlist { get; init; }
    public required IReadOnlyList<MyFilmDto> Watched { get; init; }
    public required IReadOnlyList<MyFilmDto> History { get; init; }

    /// <summary>Profile, follows, blocks, reviews, shared lists and saved streaming services.</summary>
    public ExportSocialDto Social { get; init; } = new();
}
