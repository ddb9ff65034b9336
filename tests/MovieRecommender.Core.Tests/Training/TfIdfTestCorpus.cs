using MovieRecommender.Core.Model;
using MovieRecommender.Core.Text;
using MovieRecommender.Core.Training;

namespace MovieRecommender.Core.Tests.Training;

/// <summary>Options and hand-countable soups shared by the TF-IDF vectoriser tests.</summary>
internal static class TfIdfTestCorpus
{
    /// <summary>No term dropped for its document frequency, so every weight can be computed by hand.</summary>
    public static readonly TfIdfOptions KeepEverything = new()
    {
        MinDocumentFrequency = 1, MaxDocumentFrequencyRatio = 1.0, ScaleMinDocumentFrequency = false,
    };

    public static SoupToken[] Soup(params (string Term, float Weight)[] tokens) =>
        tokens.Select(t => new SoupToken(t.Term, TermKind.Text, t.Term, t.Weight)).ToArray();

    // doc0: a, b   doc1: a, c×2   doc2: c     (n = 3; df a=2, b=1, c=2)
    public static IReadOnlyList<IReadOnlyList<SoupToken>> TinyCorpus() =>
    [
        Soup(("a", 1), ("b", 1)),
        Soup(("a", 1), ("c", 1), ("c", 1)),
        Soup(("c", 1)),
    ];
}
