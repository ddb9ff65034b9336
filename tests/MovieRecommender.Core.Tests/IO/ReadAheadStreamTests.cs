using System.Text;
using MovieRecommender.Core.IO;

namespace MovieRecommender.Core.Tests.IO;

/// <summary>The model files' read buffer decodes exactly what <see cref="BinaryWriter"/> wrote, wherever the buffer boundaries fall.</summary>
public class ReadAheadStreamTests
{
    // Small enough that every field below straddles a refill somewhere.
    private const int TinyBuffer = ReadAheadStream.MinimumBufferSize;

    [Theory]
    [InlineData(TinyBuffer)]
    [InlineData(64)]
    [InlineData(1 << 16)]
    public void Primitives_WrittenByBinaryWriter_ReadBackAcrossBufferBoundaries(int bufferSize)
    {
        // Arrange
        int[] ints = [0, -1, int.MaxValue, int.MinValue, 123_456_789];
        double[] doubles = [0.0, -2.5, double.Epsilon, 7.125e300];
        int[] sevenBit = [0, 127, 128, 16_383, 16_384, int.MaxValue];
        var bytes = Write(w =>
        {
            foreach (var (i, d) in ints.Zip(doubles))
            {
                w.Write(i);
                w.Write(true);
                w.Write(d);
                w.Write(false);
            }

            foreach (int v in sevenBit)
            {
                w.Write7BitEncodedInt(v);
            }

            w.Write((byte)2); // any non-zero byte reads as true, as BinaryReader does
        });
        using var stream = new ReadAheadStream(new MemoryStream(bytes), bufferSize);

        // Act
        var read = ints.Zip(doubles).Select(_ => (stream.ReadInt32(), stream.ReadBoolean(), stream.ReadDouble(), stream.ReadBoolean())).ToList();
        var readSevenBit = sevenBit.Select(_ => stream.Read7BitEncodedInt()).ToList();
        bool lastBoolean = stream.ReadBoolean();

        // Assert
        Assert.Equal(ints.Zip(doubles).Select(p => (p.First, true, p.Second, false)), read);
        Assert.Equal(sevenBit, readSevenBit);
        Assert.True(lastBoolean);
        Assert.Equal(-1, stream.ReadByte());
    }

    [Fact]
    public void MixedWithBinaryReader_BothSeeOneSequence()
    {
        // Arrange
        var bytes = Write(w =>
        {
            w.Write(41);
            w.Write("a title long enough to cross the buffer");
            w.Write(42);
        });
        using var stream = new ReadAheadStream(new MemoryStream(bytes), TinyBuffer);
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);

        // Act
        int first = stream.ReadInt32();
        string text = reader.ReadString();
        int last = stream.ReadInt32();

        // Assert
        Assert.Equal((41, "a title long enough to cross the buffer", 42), (first, text, last));
    }

    [Fact]
    public void Read_LargerThanBuffer_ReturnsEveryByteInOrder()
    {
        // Arrange
        var bytes = Enumerable.Range(0, 1000).Select(i => (byte)i).ToArray();
        using var stream = new ReadAheadStream(new MemoryStream(bytes), 64);
        var target = new byte[bytes.Length];

        // Act
        target[0] = (byte)stream.ReadByte(); // leaves the rest of a buffer to drain before the large read
        stream.ReadExactly(target.AsSpan(1));

        // Assert
        Assert.Equal(bytes, target);
    }

    [Fact]
    public void Constructor_BufferSmallerThanADouble_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReadAheadStream(new MemoryStream(), ReadAheadStream.MinimumBufferSize - 1));

    [Fact]
    public void ReadInt32_TruncatedField_ThrowsEndOfStream()
    {
        // Arrange
        using var stream = new ReadAheadStream(new MemoryStream([1, 2, 3]), TinyBuffer);

        // Act + Assert
        Assert.Throws<EndOfStreamException>(() => stream.ReadInt32());
    }

    [Fact]
    public void Read7BitEncodedInt_SixContinuationBytes_ThrowsFormatException()
    {
        // Arrange: what a corrupt length looks like; BinaryReader rejects it the same way.
        using var stream = new ReadAheadStream(new MemoryStream([0x80, 0x80, 0x80, 0x80, 0x80, 0x01]), TinyBuffer);

        // Act + Assert
        Assert.Throws<FormatException>(() => stream.Read7BitEncodedInt());
    }

    private static byte[] Write(Action<BinaryWriter> write)
    {
        using var memory = new MemoryStream();
        using (var writer = new BinaryWriter(memory, Encoding.UTF8, leaveOpen: true))
        {
            write(writer);
        }

        return memory.ToArray();
    }
}
