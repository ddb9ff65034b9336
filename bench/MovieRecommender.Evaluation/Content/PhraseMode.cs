namespace MovieRecommender.Evaluation.Content;

/// <summary>How multi-word list values (keywords, names, companies) become terms.</summary>
public enum PhraseMode
{
    /// <summary>One term per value with spaces removed ("science fiction" → "sciencefiction").</summary>
    Collapsed = 0,

    /// <summary>One term per word of the value.</summary>
    Words = 1,

    /// <summary>Both the collapsed term and its words (partial matches still count).</summary>
    Both = 2,
}
