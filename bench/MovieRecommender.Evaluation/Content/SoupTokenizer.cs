using System.Text;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace MovieRecommender.Evaluation.Content;

/// <summary>
/// Turns free text and list values into terms. Not thread-safe (the stemmer and its cache are per instance);
/// one tokenizer serves one vectorisation.
/// </summary>
public sealed class SoupTokenizer(bool stemming)
{
    private const int MinimumTokenLength = 2;
    private readonly PorterStemmer _stemmer = new();
    private readonly Dictionary<string, string> _stems = new(StringComparer.Ordinal);

    /// <summary>Lower-cased word tokens of two or more letters/digits, stop words removed, optionally stemmed.</summary>
    public IEnumerable<string> Words(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }

        var builder = new StringBuilder();
        foreach (var character in text.Append(' '))
        {
            if (char.IsLetterOrDigit(character))
            {
                builder.Append(char.ToLowerInvariant(character));
                continue;
            }

            if (builder.Length >= MinimumTokenLength)
            {
                var word = builder.ToString();
                if (!StopWords.English.Contains(word))
                {
                    yield return stemming ? Stem(word) : word;
                }
            }

            builder.Clear();
        }
    }

    /// <summary>A list value as one term: lower-cased letters and digits only ("Sci-Fi Film" → "scififilm").</summary>
    public static string Collapse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length);
        foreach (var character in value)
        {
            if (char.IsLetterOrDigit(character))
            {
                builder.Append(char.ToLowerInvariant(character));
            }
        }

        return builder.ToString();
    }

    private string Stem(string word)
    {
        if (!_stems.TryGetValue(word, out var stem))
        {
            _stemmer.SetCurrent(word);
            _stemmer.Stem();
            stem = _stemmer.Current;
            _stems[word] = stem;
        }

        return stem;
    }
}
