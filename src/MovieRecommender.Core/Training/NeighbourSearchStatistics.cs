namespace MovieRecommender.Core.Training;

/// <summary>
/// Work counters of one <see cref="NeighbourSearch"/> run, for benchmarks that explain its time:
/// postings accumulated and exact dot products computed (a brute-force search would need N−1 per film).
/// </summary>
public sealed class NeighbourSearchStatistics
{
    private long _postingsRead;
    private long _exactScores;
    private long _rowsCutShort;

    /// <summary>Posting entries accumulated, all rows together.</summary>
    public long PostingsRead => Interlocked.Read(ref _postingsRead);

    /// <summary>Exact cosines computed for candidates the upper bound could not rule out.</summary>
    public long ExactScores => Interlocked.Read(ref _exactScores);

    /// <summary>Rows whose remaining (most common) terms were skipped because the bound ruled out new candidates.</summary>
    public long RowsCutShort => Interlocked.Read(ref _rowsCutShort);

    internal void Add(long postingsRead, long exactScores, long rowsCutShort)
    {
        Interlocked.Add(ref _postingsRead, postingsRead);
        Interlocked.Add(ref _exactScores, exactScores);
        Interlocked.Add(ref _rowsCutShort, rowsCutShort);
    }
}
