namespace MovieRecommender.Core.Recommendations;

public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Total, int Offset);
