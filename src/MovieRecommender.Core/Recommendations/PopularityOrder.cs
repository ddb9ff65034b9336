using System.Runtime.CompilerServices;
using MovieRecommender.Core.Catalog;

namespace MovieRecommender.Core.Recommendations;

/// <summary>
/// Films ranked by how well known they are (vote count, then TMDB popularity, then index for determinism).
/// Indexes store ranks instead of film indices so that "most popular first" is simply "ascending".
/// </summary>
internal sealed class PopularityOrder
{
    private PopularityOrder(int[] byRank, int[] rankOf, float[] logVoteShare)
    {
        ByRank = byRank;
        RankOf = rankOf;
        LogVoteShare = logVoteShare;
    }

    /// <summary>Film index at each rank (0 = most popular).</summary>
    public int[] ByRank { get; }

    /// <summary>Rank of each film index.</summary>
    public int[] RankOf { get; }

    /// <summary>ln(1 + votes) / ln(1 + most votes in the catalog) of each film index: 0 to 1, for ranking priors.</summary>
    public float[] LogVoteShare { get; }

    public int Count => ByRank.Length;

    public long ApproximateBytes => ((ByRank.LongLength + RankOf.LongLength) * sizeof(int)) + (LogVoteShare.LongLength * sizeof(float));

    // Runs over the whole catalog once per load: compiled optimised at once rather than first as slow tier-0 code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static PopularityOrder Build(IReadOnlyList<Movie> movies)
    {
        var table = MovieTable.From(movies);
        int count = table.Count;
        var votes = new long[count];
        var keys = new RankKey[count];
        for (int i = 0; i < count; i++)
        {
            votes[i] = table.VoteCountAt(i);
            keys[i] = new RankKey(votes[i], table.PopularityAt(i), i);
        }

        Array.Sort(keys);
        var byRank = new int[count];
        for (int rank = 0; rank < count; rank++)
        {
            byRank[rank] = keys[rank].Index;
        }

        var rankOf = new int[count];
        for (int rank = 0; rank < count; rank++)
        {
            rankOf[byRank[rank]] = rank;
        }

        return new PopularityOrder(byRank, rankOf, LogVoteShares(votes));
    }

    private static float[] LogVoteShares(long[] votes)
    {
        long most = votes.Length == 0 ? 0 : votes.Max();
        double scale = most > 0 ? Math.Log(1.0 + most) : 1;
        var shares = new float[votes.Length];
        for (int i = 0; i < votes.Length; i++)
        {
            shares[i] = (float)(Math.Log(1.0 + Math.Max(0, votes[i])) / scale);
        }

        return shares;
    }

    /// <summary>
    /// A film's place in the order: more votes first, then more popular, then lower index (a total order). Sorting
    /// these structs is several times faster at a million films than sorting indices with a comparison that looks
    /// both films up.
    /// </summary>
    private readonly record struct RankKey(long Votes, double Popularity, int Index) : IComparable<RankKey>
    {
        public int CompareTo(RankKey other)
        {
            int byVotes = other.Votes.CompareTo(Votes);
            if (byVotes != 0)
            {
                return byVotes;
            }

            int byPopularity = other.Popularity.CompareTo(Popularity);
            return byPopularity != 0 ? byPopularity : Index.CompareTo(other.Index);
        }
    }
}
