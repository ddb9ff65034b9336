using MovieRecommender.Core.Training;

namespace MovieRecommender.Core.Updating;

/// <summary>The updated neighbour lists and how many existing films' lists changed.</summary>
internal sealed record IncrementalNeighbourResult(NeighbourGraph Graph, int ExistingListsChanged);
