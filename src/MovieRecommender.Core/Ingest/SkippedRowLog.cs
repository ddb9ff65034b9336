namespace MovieRecommender.Core.Ingest;

/// <summary>Counts skipped rows and remembers the first few line numbers for the error report.</summary>
internal sealed class SkippedRowLog
{
    public const int MaxLinesRemembered = 10;

    private readonly List<long> _firstLines = [];

    public int Count { get; private set; }

    public IReadOnlyList<long> FirstLines => _firstLines;

    public void Add(long lineNumber)
    {
        Count++;
        if (_firstLines.Count < MaxLinesRemembered)
        {
            _firstLines.Add(lineNumber);
        }
    }
}
