using MovieRecommender.Core.Collaborative;
using MovieRecommender.Core.Hybrid;
using MovieRecommender.Core.Recommendations;
using MovieRecommender.Core.Tests.TestSupport;

namespace MovieRecommender.Core.Tests.Hybrid;

/// <summary>
/// The ALS candidates of a request are the rated films the folded-in user scores highest, minus the seeds: the fast
/// scan must pick exactly what scoring every film one by one picks, however the factor rows are stored.
/// </summary>
public sealed class HybridQueryAlsCandidatesTests(HybridWorldFixture world) : IClassFixture<HybridWorldFixture>
{
    private const int Wanted = 7;

    [Fact]
    public void AddBestAls_PicksTheTopScoredRatedFilmsExceptSeeds()
    {
        var factors = world.Model.Collaborative!.Factors;
        var context = Context(factors);
        var (user, seeds) = UserOf(context);

        var picked = new HashSet<int>();
        HybridQuery.AddBestAls(context, user, seeds, picked);

        Assert.Equal(Expected(factors, context.RatedFilms, user, seeds), picked.Order());
        Assert.DoesNotContain(picked, seeds.Contains);
    }

    [Fact]
    public void AddBestAls_FactorRowsNotInFilmOrder_PicksTheSameFilms()
    {
        // A model file may store factor rows in any order (RowOf maps films to rows); reversing them must not matter.
        var stored = world.Model.Collaborative!.Factors;
        var reversed = Reversed(stored);
        var (user, seeds) = UserOf(Context(stored));

        var fromStored = new HashSet<int>();
        HybridQuery.AddBestAls(Context(stored), user, seeds, fromStored);
        var fromReversed = new HashSet<int>();
        HybridQuery.AddBestAls(Context(reversed), user, seeds, fromReversed);

        Assert.Equal(Wanted, fromStored.Count);
        Assert.Equal(fromStored.Order(), fromReversed.Order());
    }

    private HybridContext Context(ItemFactors factors)
    {
        var collaborative = world.Model.Collaborative!;
        var withFactors = new CollaborativeModel
        {
            Similar = collaborative.Similar,
            Factors = factors,
            RatingCounts = collaborative.RatingCounts,
            UserCount = collaborative.UserCount,
        };
        return new HybridContext(world.Model, withFactors, PopularityOrder.Build(world.Model.Movies), new HybridOptions { AlsCandidates = Wanted });
    }

    private static (double[] User, HashSet<int> Seeds) UserOf(HybridContext context)
    {
        var seeds = context.RatedFilms.Take(3).ToHashSet();
        var user = AlsFoldIn.Solve(context.Collaborative.Factors, [.. seeds.Select(f => (f, 5f))]);
        Assert.NotNull(user);
        return (user, seeds);
    }

    private static IEnumerable<int> Expected(ItemFactors factors, int[] rated, double[] user, HashSet<int> seeds) =>
        rated.Where(f => !seeds.Contains(f)).OrderByDescending(f => factors.Score(user, f)).Take(Wanted).Order();

    private static ItemFactors Reversed(ItemFactors factors)
    {
        int k = factors.FactorCount;
        int rows = factors.RowCount;
        var rowOf = new int[factors.RowOf.Length];
        var values = new float[factors.Factors.Length];
        for (int film = 0; film < rowOf.Length; film++)
        {
            int row = factors.RowOf[film];
            rowOf[film] = row < 0 ? -1 : rows - 1 - row;
            if (row >= 0)
            {
                factors.Factors.AsSpan(row * k, k).CopyTo(values.AsSpan(rowOf[film] * k, k));
            }
        }

        return new ItemFactors
        {
            FactorCount = k,
            Regularization = factors.Regularization,
            Alpha = factors.Alpha,
            RowOf = rowOf,
            Factors = values,
            Gram = factors.Gram,
        };
    }
}
