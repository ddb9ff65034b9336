using MovieRecommender.Core.Catalog;

namespace MovieRecommender.Core.Ingest;

/// <summary>A parsed catalog row plus the fields only the filter needs.</summary>
internal readonly record struct ParsedRow(Movie Movie, bool IsReleased, bool IsAdult);
