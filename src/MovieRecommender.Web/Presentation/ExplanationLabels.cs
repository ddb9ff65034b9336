using MovieRecommender.Core.Model;

namespace MovieRecommender.Web.Presentation;

/// <summary>Words shown for each kind of shared feature ("Director: Christopher Nolan").</summary>
public static class ExplanationLabels
{
    public static string Label(TermKind kind) => kind switch
    {
        TermKind.Keyword => "Keyword",
        TermKind.Genre => "Genre",
        TermKind.Director => "Director",
        TermKind.Cast => "Cast",
        TermKind.Company => "Company",
        TermKind.Country => "Country",
        TermKind.CoLiked => "Liked by fans of",
        _ => "Theme",
    };

    /// <summary>The SharedResource key of the label shown on pages ("Explanation.director").</summary>
    public static string ResourceKey(TermKind kind) => "Explanation." + ApiName(kind);

    /// <summary>Stable lower-case name used by the JSON API.</summary>
    public static string ApiName(TermKind kind) => kind switch
    {
        TermKind.Keyword => "keyword",
        TermKind.Genre => "genre",
        TermKind.Director => "director",
        TermKind.Cast => "cast",
        TermKind.Company => "company",
        TermKind.Country => "country",
        TermKind.CoLiked => "coLiked",
        _ => "text",
    };
}
