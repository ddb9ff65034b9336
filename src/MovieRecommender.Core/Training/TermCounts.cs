using MovieRecommender.Core.Model;

namespace MovieRecommender.Core.Training;

/// <summary>
/// First pass of TF-IDF: the provisional vocabulary (every term seen, with its document frequency, most specific
/// field and label) and each document's raw term frequencies in CSR form.
/// </summary>
internal sealed class TermCounts(int documentCount)
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<int> _termIds = [];
    private readonly List<float> _frequencies = [];
    private int _documentsAdded;

    public int DocumentCount { get; } = documentCount;
    public int[] Offsets { get; } = new int[documentCount + 1];
    public List<string> Terms { get; } = [];
    public List<TermKind> Kinds { get; } = [];
    public List<string> Labels { get; } = [];
    public List<int> DocumentFrequency { get; } = [];
    public int TermCount => Terms.Count;
    public IReadOnlyList<int> TermIds => _termIds;
    public IReadOnlyList<float> Frequencies => _frequencies;

    public void Add(DocumentTerms document)
    {
        for (var i = 0; i < document.Terms.Length; i++)
        {
            var term = document.Terms[i];
            if (!_ids.TryGetValue(term, out var id))
            {
                id = Terms.Count;
                _ids.Add(term, id);
                Terms.Add(term);
                Kinds.Add(document.Kinds[i]);
                Labels.Add(document.Labels[i]);
                DocumentFrequency.Add(0);
            }
            else if (TermKindPriority.Of(document.Kinds[i]) > TermKindPriority.Of(Kinds[id]))
            {
                Kinds[id] = document.Kinds[i];
                Labels[id] = document.Labels[i];
            }

            DocumentFrequency[id]++;
            _termIds.Add(id);
            _frequencies.Add(document.Frequencies[i]);
        }

        _documentsAdded++;
        Offsets[_documentsAdded] = _termIds.Count;
    }
}
