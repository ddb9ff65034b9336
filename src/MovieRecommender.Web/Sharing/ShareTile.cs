namespace MovieRecommender.Web.Sharing;

/// <summary>One film on a share image: its poster bytes when they could be fetched, otherwise a drawn placeholder.</summary>
public sealed record ShareTile(int MovieId, string Title, byte[]? Poster);
