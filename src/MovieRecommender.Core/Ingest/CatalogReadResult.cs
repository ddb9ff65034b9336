using MovieRecommender.Core.Catalog;

namespace MovieRecommender.Core.Ingest;

/// <summary>Films read from a catalog and what happened to the rows that did not make it.</summary>
public sealed record CatalogReadResult
{
    public required CatalogFormat Format { get; init; }

    /// <summary>Accepted films in file order.</summary>
    public required IReadOnlyList<Movie> Movies { get; init; }

    /// <summary>Data rows seen in the movies file (header excluded).</summary>
    public required int RowsRead { get; init; }

    /// <summary>Malformed rows plus duplicate ids (the first occurrence of an id wins).</summary>
    public required int RowsSkipped { get; init; }

    public int DuplicateRows { get; init; }

    /// <summary>1-based line numbers of the first skipped rows, for the user to inspect.</summary>
    public IReadOnlyList<long> FirstSkippedLines { get; init; } = [];

    /// <summary>Well-formed rows the filter rejected (votes, adult, status).</summary>
    public required int RowsFilteredOut { get; init; }

    /// <summary>Rows of the credits file that were malformed (they do not stop training).</summary>
    public int CreditRowsSkipped { get; init; }

    /// <summary>sha256 (hex) over the raw bytes of the movies file followed by the credits file.</summary>
    public required string DatasetSha256 { get; init; }
}
