namespace MovieRecommender.Web.Apis.Contracts;

public sealed record PagedMoviesResponse(int Total, int Offset, IReadOnlyList<MovieSummaryDto> Results);
