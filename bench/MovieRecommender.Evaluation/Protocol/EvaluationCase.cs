namespace MovieRecommender.Evaluation.Protocol;

/// <summary>One query of the protocol: a user's seed film and the user's other liked films (dense indices).</summary>
public sealed record EvaluationCase(int UserId, int SeedIndex, IReadOnlySet<int> Relevant);
