namespace MovieRecommender.Core.Text;

/// <summary>Reduces an English word to its stem ("running" → "run"). Implementations must be thread-safe.</summary>
public interface IWordStemmer
{
    string Stem(string word);
}
