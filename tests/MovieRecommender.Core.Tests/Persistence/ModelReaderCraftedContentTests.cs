using System.Buffers.Binary;
using MovieRecommender.Core.Model;
using MovieRecommender.Core.Persistence;
using MovieRecommender.Core.Tests.TestSupport;
using MovieRecommender.Core.Training;

namespace MovieRecommender.Core.Tests.Persistence;

/// <summary>
/// Byte-level damage a checksum alone would catch only after the damage had been acted on: sizes are checked against
/// the file before anything is allocated, and malformed encodings become a load error naming the file, never an
/// out-of-memory or an unhandled exception. The checksum is verified after parsing, so these files need no valid one.
/// </summary>
public sealed class ModelReaderCraftedContentTests : IDisposable
{
    // magic + format version
    private const int HeaderLength = 8 + sizeof(int);

    private readonly TempDirectory _temp = new();
    private readonly ModelReader _reader = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(0, "offset")]
    [InlineData(1, "index")]
    [InlineData(2, "value")]
    public async Task ReadAsync_ArrayCountBeyondTheFile_ThrowsNamingTheArray(int array, string what)
    {
        // neighbours.bin holds three arrays (offsets, indices, values), each an int32 count then its elements.
        var directory = await PublishAsync(TinyModel.Build());
        var path = Path.Combine(directory, ModelFormat.NeighboursFile);
        var bytes = await File.ReadAllBytesAsync(path);
        var at = HeaderLength;
        for (var i = 0; i < array; i++)
        {
            at += sizeof(int) + (BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(at)) * sizeof(int));
        }

        var count = (bytes.Length / sizeof(int)) + 1;
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(at), count);
        await File.WriteAllBytesAsync(path, bytes);

        var error = await Assert.ThrowsAsync<ModelLoadException>(() => _reader.ReadAsync(directory));

        Assert.Equal(ModelFormat.NeighboursFile, error.FileName);
        Assert.Equal($"{ModelFormat.NeighboursFile}: invalid {what} count {count}.", error.Message);
    }

    [Fact]
    public async Task ReadAsync_TermCountThatCannotFitThreeBytesPerTerm_ThrowsInvalidTermCount()
    {
        // Every term takes at least three bytes (two string lengths and its kind), so a count above a third of the
        // file is refused before three arrays of that size are allocated.
        var directory = await PublishAsync(TinyModel.Build());
        var path = Path.Combine(directory, ModelFormat.VocabularyFile);
        var bytes = await File.ReadAllBytesAsync(path);
        var count = (bytes.Length / 3) + 1;
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(HeaderLength), count);
        await File.WriteAllBytesAsync(path, bytes);

        var error = await Assert.ThrowsAsync<ModelLoadException>(() => _reader.ReadAsync(directory));

        Assert.Equal($"{ModelFormat.VocabularyFile}: invalid term count {count}.", error.Message);
    }

    [Fact]
    public async Task ReadAsync_MalformedStringLength_ThrowsCannotBeReadNamingTheFile()
    {
        // A 7-bit length whose every byte says "more follows" is not a number at all (FormatException underneath).
        var directory = await PublishAsync(TinyModel.Build());
        var path = Path.Combine(directory, ModelFormat.VocabularyFile);
        var bytes = await File.ReadAllBytesAsync(path);
        bytes.AsSpan(HeaderLength + sizeof(int), 5).Fill(0xFF);
        await File.WriteAllBytesAsync(path, bytes);

        var error = await Assert.ThrowsAsync<ModelLoadException>(() => _reader.ReadAsync(directory));

        Assert.Equal(ModelFormat.VocabularyFile, error.FileName);
        Assert.StartsWith($"{ModelFormat.VocabularyFile}: cannot be read: ", error.Message, StringComparison.Ordinal);
        Assert.IsType<FormatException>(error.InnerException);
    }

    [Fact]
    public async Task ReadAsync_ModelOfAnEmptyCatalog_LoadsWithNoFilms()
    {
        // Zero films and terms are valid counts (only negative ones are refused): what the writer publishes, the reader reads.
        var empty = RecommenderModelBuilder.Build([], TinyModel.Options).Model;
        var directory = await PublishAsync(empty);

        var read = await _reader.ReadAsync(directory);

        Assert.Empty(read.Movies);
        Assert.Empty(read.Terms);
    }

    private async Task<string> PublishAsync(RecommenderModel model)
    {
        var directory = _temp.File("model");
        await new ModelWriter().PublishAsync(model, directory);
        return directory;
    }
}
