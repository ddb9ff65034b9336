namespace MovieRecommender.Benchmarks.Autocomplete;

/// <summary>The ways people type a title they are looking for, each measured on its own.</summary>
public enum AutocompleteQueryKind
{
    /// <summary>The title as typed in lower case: "the dark knight rises".</summary>
    FullTitle,

    /// <summary>Stopped in the middle of the last word: "the dark knight ri".</summary>
    PartialLastWord,

    /// <summary>No leading article, no punctuation: "lord of the rings the return of the king".</summary>
    NoArticleOrPunctuation,

    /// <summary>Only the later words of a longer title, the part people remember: "knight rises".</summary>
    LaterWords,

    /// <summary>One typing error (a letter swapped, dropped, doubled or replaced) in a word of five letters or more.</summary>
    OneTypo,

    /// <summary>Two typing errors, in two words or in one long word.</summary>
    TwoTypos,

    /// <summary>The title followed by its release year: "heat 1995".</summary>
    WithYear,
}
