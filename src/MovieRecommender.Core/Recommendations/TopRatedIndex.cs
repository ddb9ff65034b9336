using System.Runtime.CompilerServices;
using MovieRecommender.Core.Catalog;

namespace MovieRecommender.Core.Recommendations;

/// <summary>
/// Films ordered by the IMDb weighted rating WR = v/(v+m)·R + m/(v+m)·C, where C is the mean rating and m
/// a vote-count quantile: a film with few votes is pulled towards the mean. The order is computed once per
/// model; filters are applied while walking it.
/// </summary>
internal sealed class TopRatedIndex
{
    // Past this depth a filtered page walks the rating order instead of keeping a heap of the best positions.
    private const int MaxHeapPage = 10_000;

    private readonly int[] _order;
    private readonly int[] _positionOf;

    private TopRatedIndex(int[] order, double meanRating, double minVotes)
    {
        _order = order;
        _positionOf = new int[order.Length];
        for (int position = 0; position < order.Length; position++)
        {
            _positionOf[order[position]] = position;
        }

        MeanRating = meanRating;
        MinVotesPrior = minVotes;
    }

    public double MeanRating { get; }

    public double MinVotesPrior { get; }

    public long ApproximateBytes => (_order.LongLength + _positionOf.LongLength) * sizeof(int);

    public static double WeightedRating(double rating, double votes, double meanRating, double minVotes) =>
        votes + minVotes <= 0 ? meanRating : ((votes / (votes + minVotes)) * rating) + ((minVotes / (votes + minVotes)) * meanRating);

    // Runs over the whole catalog once per load: compiled optimised at once rather than first as slow tier-0 code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static TopRatedIndex Build(IReadOnlyList<Movie> movies, double minVotesQuantile)
    {
        var table = MovieTable.From(movies);
        int count = table.Count;
        var votes = new int[count];
        double ratingSum = 0;
        int rated = 0;
        for (int i = 0; i < count; i++)
        {
            votes[i] = Math.Max(0, table.VoteCountAt(i));
            if (votes[i] > 0)
            {
                ratingSum += table.VoteAverageAt(i);
                rated++;
            }
        }

        double meanRating = rated == 0 ? 0 : ratingSum / rated;
        var sortedVotes = (int[])votes.Clone();
        Array.Sort(sortedVotes);
        double minVotes = count == 0 ? 0 : sortedVotes[(int)Math.Min(count - 1, Math.Floor(minVotesQuantile * (count - 1)))];

        var keys = new OrderKey[count];
        for (int i = 0; i < count; i++)
        {
            keys[i] = new OrderKey(WeightedRating(table.VoteAverageAt(i), votes[i], meanRating, minVotes), votes[i], i);
        }

        Array.Sort(keys);
        var order = new int[count];
        for (int i = 0; i < count; i++)
        {
            order[i] = keys[i].Index;
        }

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

        if (filter.MatchesNothing)
        {
            return new PagedResult<Movie>(items, 0, offset);
        }

        return offset + limit <= MaxHeapPage
            ? PageByFilmOrder(movies, filter, offset, limit, items)
            : PageByRatingOrder(movies, filter, offset, limit, items);
    }

    /// <summary>
    /// Scans films in index order (sequential reads of the filter arrays, a few ms for a million films; walking
    /// the rating order instead jumps randomly through memory and is ~10× slower) and keeps the best
    /// offset+limit rating positions in a max-heap.
    /// </summary>
    private PagedResult<Movie> PageByFilmOrder(IReadOnlyList<Movie> movies, MovieFilterMatcher filter, int offset, int limit,
        List<Movie> items)
    {
        int needed = offset + limit;
        var best = new PriorityQueue<int, int>(needed, Comparer<int>.Create(static (a, b) => b.CompareTo(a)));
        int total = 0;
        for (int movie = 0; movie < _positionOf.Length; movie++)
        {
            if (!filter.Matches(movie))
            {
                continue;
            }

            total++;
            int position = _positionOf[movie];
            if (best.Count < needed)
            {
                best.Enqueue(movie, position);
            }
            else if (best.TryPeek(out _, out int worst) && position < worst)
            {
                best.DequeueEnqueue(movie, position);
            }
        }

        var page = new int[best.Count];
        for (int i = page.Length - 1; i >= 0; i--)
        {
            page[i] = best.Dequeue();
        }

        for (int i = offset; i < page.Length; i++)
        {
            items.Add(movies[page[i]]);
        }

        return new PagedResult<Movie>(items, total, offset);
    }

    private PagedResult<Movie> PageByRatingOrder(IReadOnlyList<Movie> movies, MovieFilterMatcher filter, int offset, int limit,
        List<Movie> items)
    {
        int total = 0;
        foreach (int index in _order)
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

    /// <summary>
    /// A film's place in the list: higher weighted rating first, then more votes, then lower index (a total order).
    /// Sorting these structs is several times faster at a million films than sorting indices with a comparison
    /// that looks both films up.
    /// </summary>
    private readonly record struct OrderKey(double Weighted, int Votes, int Index) : IComparable<OrderKey>
    {
        public int CompareTo(OrderKey other)
        {
            int byRating = other.Weighted.CompareTo(Weighted);
            if (byRating != 0)
            {
                return byRating;
            }

            int byVotes = other.Votes.CompareTo(Votes);
            return byVotes != 0 ? byVotes : Index.CompareTo(other.Index);
        }
    }
}
