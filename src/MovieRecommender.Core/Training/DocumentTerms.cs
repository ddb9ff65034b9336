using MovieRecommender.Core.Model;
using MovieRecommender.Core.Text;

namespace MovieRecommender.Core.Training;

/// <summary>A soup collapsed to distinct terms with summed weights and the most specific field per term.</summary>
internal sealed class DocumentTerms
{
    private DocumentTerms(string[] terms, float[] frequencies, TermKind[] kinds, string[] labels)
    {
        Terms = terms;
        Frequencies = frequencies;
        Kinds = kinds;
        Labels = labels;
    }

    public string[] Terms { get; }
    public float[] Frequencies { get; }
    public TermKind[] Kinds { get; }
    public string[] Labels { get; }

    /// <summary>Collapses <paramref name="soup"/>; <paramref name="scratch"/> is a reusable map, cleared here, so each thread allocates it once.</summary>
    public static DocumentTerms Aggregate(IReadOnlyList<SoupToken> soup, Dictionary<string, int> scratch)
    {
        scratch.Clear();
        var terms = new List<string>(soup.Count);
        var frequencies = new List<float>(soup.Count);
        var kinds = new List<TermKind>(soup.Count);
        var labels = new List<string>(soup.Count);
        foreach (var token in soup)
        {
            if (scratch.TryGetValue(token.Term, out var at))
            {
                frequencies[at] += token.Weight;
                if (TermKindPriority.Of(token.Kind) > TermKindPriority.Of(kinds[at]))
                {
                    kinds[at] = token.Kind;
                    labels[at] = token.Label;
                }

                continue;
            }

            scratch[token.Term] = terms.Count;
            terms.Add(token.Term);
            frequencies.Add(token.Weight);
            kinds.Add(token.Kind);
            labels.Add(token.Label);
        }

        return new DocumentTerms([.. terms], [.. frequencies], [.. kinds], [.. labels]);
    }
}
