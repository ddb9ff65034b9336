using MovieRecommender.Core.Collaborative;
using MovieRecommender.Core.Training;
using MovieRecommender.Core.Updating;

namespace MovieRecommender.Core.Tests.Updating;

public sealed class CollaborativeCarryOverTests
{
    // Films 10, 20, 30 (positions 0–2); factors for 10 (row 1: 1, 2) and 30 (row 0: 3, 4); 20 has none.
    private static readonly int[] PreviousIds = [10, 20, 30];

    private static CollaborativeModel Previous() => new()
    {
        Similar = new NeighbourGraph(
            Offsets: [0, 2, 4, 6],
            Indices: [1, 2, 0, 2, 0, 1],
            Scores: [0.9f, 0.5f, 0.9f, 0.4f, 0.5f, 0.4f]),
        Factors = new ItemFactors
        {
            FactorCount = 2, Regularization = 0.1, Alpha = 1, RowOf = [1, -1, 0], Factors = [3, 4, 1, 2], Gram = [10, 11, 11, 20],
        },
        RatingCounts = [7, 0, 5],
        UserCount = 9,
    };

    [Fact]
    public void Remap_AppendedFilms_KeepEveryOldRowAndStartCold()
    {
        var remapped = CollaborativeCarryOver.Remap(Previous(), PreviousIds, [10, 20, 30, 40, 50]);

        Assert.Equal([0, 2, 4, 6, 6, 6], remapped.Similar.Offsets);
        Assert.Equal(Previous().Similar.Indices, remapped.Similar.Indices);
        Assert.Equal([7, 0, 5, 0, 0], remapped.RatingCounts);
        Assert.Equal([1, -1, 0, -1, -1], remapped.Factors.RowOf);
        Assert.Equal(9, remapped.UserCount);
    }

    [Fact]
    public void Remap_MovedAndDroppedFilms_FollowTheirIdsAndLeaveEveryNeighbourList()
    {
        // 20 is gone, 30 moved to the front, 40 is new.
        var remapped = CollaborativeCarryOver.Remap(Previous(), PreviousIds, [30, 40, 10]);

        Assert.Equal([0, 1, 1, 2], remapped.Similar.Offsets);
        Assert.Equal([2, 0], remapped.Similar.Indices);
        Assert.Equal([0.5f, 0.5f], remapped.Similar.Scores);
        Assert.Equal([5, 0, 7], remapped.RatingCounts);
        Assert.Equal([3f, 4f], remapped.Factors.Of(0).ToArray());
        Assert.False(remapped.Factors.Has(1));
        Assert.Equal([1f, 2f], remapped.Factors.Of(2).ToArray());
        Assert.Equal(Previous().Factors.Gram, remapped.Factors.Gram);
    }

    [Fact]
    public void Remap_IdsThatDoNotMatchThePart_Throws()
    {
        Assert.Throws<ArgumentException>(() => CollaborativeCarryOver.Remap(Previous(), [10, 20], [10, 20]));
        Assert.Throws<ArgumentException>(() => CollaborativeCarryOver.Remap(Previous(), PreviousIds, [10, 10]));
    }
}
