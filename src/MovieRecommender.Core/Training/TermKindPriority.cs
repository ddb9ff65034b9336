using MovieRecommender.Core.Model;

namespace MovieRecommender.Core.Training;

/// <summary>
/// When one term comes from several fields (genre "action" and the overview word "action"), the most specific
/// field names it in explanations: people first, free text last.
/// </summary>
internal static class TermKindPriority
{
    public static int Of(TermKind kind) => kind switch
    {
        TermKind.Director => 6,
        TermKind.Cast => 5,
        TermKind.Company => 4,
        TermKind.Genre => 3,
        TermKind.Keyword => 2,
        TermKind.Country => 1,
        _ => 0,
    };
}
