using MovieRecommender.Core.Recommendations.Search;

namespace MovieRecommender.Core.Tests.Recommendations.Search;

public class PostingMergerTests
{
    [Fact]
    public void TryNext_SeveralLists_YieldsAscendingDistinctRanks()
    {
        // Arrange: word 0 → [1, 4, 9], word 1 → [], word 2 → [0, 4, 5], word 3 → [2, 9].
        int[] postings = [1, 4, 9, 0, 4, 5, 2, 9];
        int[] offsets = [0, 3, 3, 6, 8];
        using var merger = new PostingMerger(postings, offsets, [new WordRange(0, 4)]);
        var ranks = new List<int>();

        // Act
        while (merger.TryNext(out int rank))
        {
            ranks.Add(rank);
        }

        // Assert
        Assert.Equal([0, 1, 2, 4, 5, 9], ranks);
    }

    [Fact]
    public void TryNext_EmptyRange_ReturnsFalse()
    {
        // Arrange
        using var merger = new PostingMerger([1], [0, 1], [new WordRange(0, 0)]);

        // Act / Assert
        Assert.False(merger.TryNext(out _));
    }
}
