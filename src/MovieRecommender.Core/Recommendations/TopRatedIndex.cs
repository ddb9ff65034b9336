using MovieRecommender.Core.Catalog;

namespace MovieRecommender.Core.Recommendations;

/// <summary>
/// Films ordered by the IMDb weighted rating WR = v/(v+m)·R + m/(v+m)·C, where C is the mean rating and m
/// a vote-count quantile: a film with few votes is pulled towards the mean. The order is computed once per
/// model; filters are applied while walking it.
/// </summary>
internal sealed class TopRatedIndex
{
    private readonly int[] _order;

    private TopRatedIndex(int[] order, double meanRating, double minVotes)
    {
        _order = order;
        MeanRating = meanRating;
        MinVotesPrior = minVotes;
    }

    public double MeanRating { get; }

    public double MinVotesPrior { get; }

    public long ApproximateBytes => _order.LongLength * sizeof(int);

    public static double WeightedRating(double rating, double votes, double meanRating, double minVotes) =>
        votes + minVotes <= 0 ? meanRating : ((votes / (votes + minVotes)) * rating) + ((minVotes / (votes + minVotes)) * meanRating);

    public static TopRatedIndex Build(IReadOnlyList<Movie> movies, double minVotesQuantile)
    {
        int count = movies.Count;
        var votes = new int[count];
        double ratingSum = 0;
        int rated = 0;
        for (int i = 0; i < count; i++)
        {
            votes[i] = Math.Max(0, movies[i].VoteCount);
            if (votes[i] > 0)
            {
                ratingSum += movies[i].VoteAverage;
                rated++;
            }
        }

        double meanRating = rated == 0 ? 0 : ratingSum / rated;
        var sortedVotes = (int[])votes.Clone();
        Array.Sort(sortedVotes);
        double minVotes = count == 0 ? 0 : sortedVotes[(int)Math.Min(count - 1, Math.Floor(minVotesQuantile * (count - 1)))];

        var weighted = new double[count];
        var order = new int[count];
        for (int i = 0; i < count; i++)
        {
            order[i] = i;
            weighted[i] = WeightedRating(movies[i].VoteAverage, votes[i], meanRating, minVotes);
        }

        Array.Sort(order, (a, b) =>
        {
            int byRating = weighted[b].CompareTo(weighted[a]);
            if (byRating != 0)
            {
                return byRating;
            }

            int byVotes = votes[b].CompareTo(votes[a]);
            return byVotes != 0 ? byVotes : a.CompareTo(b);
        });

        return new TopRatedIndex(order, meanRating, minVotes);
    }

    public PagedResult<Movie> Page(IReadOnlyList<Movie> movies, MovieFilterMatcher filter, int offset, int limit)
    {
        var items = new List<Movie>(limit);
        if (filter.IsEmpty)
        {
            for (int i = offset; i < Math.Min(_order.Length, offset + limit); i++)
            {
                items.Add(movies[_order[i]]);
            }

            return new PagedResult<Movie>(items, _order.Length, offset);
        }

        int total = 0;
        foreach (int index in filter.MatchesNothing ? [] : _order)
        {
            if (!filter.Matches(index))
            {
                continue;
            }

            if (total >= offset && items.Count < limit)
            {
                items.Add(movies[index]);
            }

            total++;
        }

        return new PagedResult<Movie>(items, total, offset);
    }
}
