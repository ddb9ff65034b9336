namespace MovieRecommender.Core.Recommendations;

/// <summary>
/// Sort key of a candidate: ranking score (similarity plus popularity prior) descending, then popularity rank. Ranks
/// are unique per film, so the order is total and does not depend on the order candidates were found in.
/// </summary>
internal readonly record struct RankedCandidate(double RankScore, int PopularityRank, ScoredMovie Candidate)
    : IComparable<RankedCandidate>
{
    public int CompareTo(RankedCandidate other)
    {
        int byScore = other.RankScore.CompareTo(RankScore);
        return byScore != 0 ? byScore : PopularityRank.CompareTo(other.PopularityRank);
    }
}
