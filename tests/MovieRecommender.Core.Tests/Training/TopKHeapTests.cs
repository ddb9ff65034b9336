using MovieRecommender.Core.Training;

namespace MovieRecommender.Core.Tests.Training;

public sealed class TopKHeapTests
{
    [Fact]
    public void DrainDescending_ManyOffers_KeepsBestInOrderWithLowerIndexOnTies()
    {
        var heap = new TopKHeap(3);
        (int Index, float Score)[] offers = [(5, 0.1f), (1, 0.9f), (7, 0.5f), (2, 0.5f), (9, 0.95f), (3, 0.2f)];
        foreach (var (index, score) in offers)
        {
            heap.Offer(index, score);
        }

        var indices = new int[3];
        var scores = new float[3];
        var count = heap.DrainDescending(indices, scores);

        Assert.Equal(3, count);
        Assert.Equal([9, 1, 2], indices);
        Assert.Equal([0.95f, 0.9f, 0.5f], scores);
        Assert.Equal(0, heap.Count);
    }
}
