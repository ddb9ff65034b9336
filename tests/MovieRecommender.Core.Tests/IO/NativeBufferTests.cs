using MovieRecommender.Core.IO;

namespace MovieRecommender.Core.Tests.IO;

public class NativeBufferTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(100_000)]
    public void Span_WrittenThenRead_KeepsEveryValue(int length)
    {
        // Arrange
        using var buffer = new NativeBuffer<ulong>(length);

        // Act
        for (int i = 0; i < length; i++)
        {
            buffer.Span[i] = (ulong)i * 3;
        }

        // Assert
        Assert.Equal(length, buffer.Span.Length);
        Assert.Equal(Enumerable.Range(0, length).Select(i => (ulong)i * 3), buffer.Span.ToArray());
    }

    [Fact]
    public void Span_AfterDispose_Throws()
    {
        // Arrange
        var buffer = new NativeBuffer<int>(8);
        buffer.Dispose();

        // Act + Assert
        Assert.Throws<ObjectDisposedException>(() => buffer.Span.Length);
        buffer.Dispose(); // twice is harmless
    }

    [Fact]
    public void Constructor_NegativeLength_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new NativeBuffer<int>(-1));
}
