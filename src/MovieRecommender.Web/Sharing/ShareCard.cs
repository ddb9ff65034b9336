namespace MovieRecommender.Web.Sharing;

/// <summary>What a share image shows: a heading, a few lines of facts, and posters (or placeholders) of films.</summary>
public sealed record ShareCard(string Heading, IReadOnlyList<string> Lines, IReadOnlyList<ShareTile> Tiles);
