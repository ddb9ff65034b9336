using MovieRecommender.Core.Hybrid;

namespace MovieRecommender.Core.Tests.Hybrid;

public class RankerTrainerTests
{
    [Fact]
    public void FoldOf_ConsecutiveUserIds_SpreadOverBothFoldsWithoutFollowingParity()
    {
        // Arrange: the evaluation's development split trains on ids divisible by 4 only.
        var ids = Enumerable.Range(1, 400).Select(i => (long)i * 4).ToArray();

        // Act
        var folds = ids.Select(id => RankerTrainer.FoldOf(id, 2)).ToArray();

        // Assert
        Assert.InRange(folds.Count(f => f == 0), 150, 250);
    }

    [Fact]
    public void FoldOf_SameUser_IsAlwaysTheSameFold()
    {
        // Arrange
        const long user = 123_456;

        // Act
        var first = RankerTrainer.FoldOf(user, 3);
        var second = RankerTrainer.FoldOf(user, 3);

        // Assert
        Assert.Equal(first, second);
        Assert.InRange(first, 0, 2);
    }
}
