using Microsoft.Extensions.Localization;
using MovieRecommender.Core.Recommendations;
using MovieRecommender.Web.Personal.Contracts;

namespace MovieRecommender.Web.Personal.Import;

/// <summary>The import page's words, in the request's language, for why a row or a whole file was not imported.</summary>
public static class ImportReasonText
{
    public static ImportRowProblem ProblemOf(FilmMatchFailure failure) => failure switch
    {
        FilmMatchFailure.NoTitle => ImportRowProblem.NoTitle,
        FilmMatchFailure.NoSuchTitle => ImportRowProblem.NoSuchTitle,
        FilmMatchFailure.AmbiguousTitle => ImportRowProblem.AmbiguousTitle,
        FilmMatchFailure.NoSuchYear => ImportRowProblem.NoSuchYear,
        _ => ImportRowProblem.NoMatch,
    };

    public static string Row(IStringLocalizer text, UnmatchedRowDto row)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(row);
        return row.Problem switch
        {
            ImportRowProblem.NoRating => text["Import.Why.NoRating"],
            ImportRowProblem.NoTitle => text["Import.Why.NoTitle"],
            ImportRowProblem.NoSuchTitle => text["Import.Why.NoSuchTitle"],
            ImportRowProblem.AmbiguousTitle => text["Import.Why.AmbiguousTitle"],
            ImportRowProblem.NoSuchYear when row.Year is { } year => text["Import.Why.NoSuchYear", year, FilmMatch.YearTolerance],
            _ => text["Import.Why.NoMatch"],
        };
    }

    public static string Rejected(IStringLocalizer text, ImportRejectedException rejection)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(rejection);
        return text[rejection.Key, [.. rejection.Arguments]];
    }
}
