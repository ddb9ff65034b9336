using System.Text.Json.Serialization;
using MovieRecommender.Core.Recommendations;

namespace MovieRecommender.Web.Personal.Contracts;

/// <summary>A row that was not imported: its file and row number (header = row 1), what it named, and why.</summary>
public sealed record UnmatchedRowDto(int Row, string? Title, int? Year, string Reason, string File)
{
    /// <summary>
    /// Why, as a code, for the import page to say it in the user's language (<see cref="Import.ImportReasonText"/>);
    /// the API keeps <see cref="Reason"/>, its stable English words.
    /// </summary>
    [JsonIgnore]
    public ImportRowProblem Problem { get; init; }
}

/// <summary>Why an import row was not imported: the film matcher's failures plus the importer's own.</summary>
public enum ImportRowProblem
{
    NoMatch,
    NoRating,
    NoTitle,
    NoSuchTitle,
    AmbiguousTitle,
    NoSuchYear,
}
