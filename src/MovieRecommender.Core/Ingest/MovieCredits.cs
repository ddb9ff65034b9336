namespace MovieRecommender.Core.Ingest;

/// <summary>Directors and top-billed cast of one film from a credits file.</summary>
internal sealed record MovieCredits(IReadOnlyList<string> Directors, IReadOnlyList<string> Cast);
