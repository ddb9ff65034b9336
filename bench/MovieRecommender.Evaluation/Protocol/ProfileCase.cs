namespace MovieRecommender.Evaluation.Protocol;

/// <summary>One query of the personal protocol: five of a user's rated films (with ratings) in, their other liked films to find.</summary>
public sealed record ProfileCase(int UserId, IReadOnlyList<(int Film, float Rating)> Profile, IReadOnlySet<int> Relevant);
