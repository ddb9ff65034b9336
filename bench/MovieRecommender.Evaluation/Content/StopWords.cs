namespace MovieRecommender.Evaluation.Content;

/// <summary>Common English function words (a subset of scikit-learn's list) dropped from free text.</summary>
public static class StopWords
{
    public static IReadOnlySet<string> English { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "about", "above", "after", "again", "against", "all", "almost", "alone", "along", "already", "also",
        "although", "always", "am", "among", "an", "and", "another", "any", "anyone", "anything", "are", "around",
        "as", "at", "back", "be", "became", "because", "become", "becomes", "been", "before", "behind", "being",
        "below", "beside", "besides", "between", "beyond", "both", "but", "by", "can", "cannot", "could", "did",
        "do", "does", "doing", "done", "down", "during", "each", "either", "else", "enough", "even", "ever",
        "every", "everyone", "everything", "few", "find", "first", "for", "former", "from", "further", "get",
        "give", "go", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself",
        "his", "how", "however", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "last", "least",
        "less", "made", "many", "may", "me", "meanwhile", "might", "more", "moreover", "most", "mostly", "much",
        "must", "my", "myself", "neither", "never", "nevertheless", "next", "no", "nobody", "none", "nor", "not",
        "nothing", "now", "of", "off", "often", "on", "once", "one", "only", "onto", "or", "other", "others",
        "otherwise", "our", "ours", "ourselves", "out", "over", "own", "part", "per", "perhaps", "please", "put",
        "rather", "re", "same", "see", "seem", "seemed", "seems", "several", "she", "should", "since", "so",
        "some", "someone", "something", "sometime", "sometimes", "still", "such", "take", "than", "that", "the",
        "their", "them", "themselves", "then", "there", "therefore", "these", "they", "this", "those", "though",
        "through", "throughout", "thus", "to", "together", "too", "toward", "towards", "two", "under", "until",
        "up", "upon", "us", "very", "via", "was", "we", "well", "were", "what", "whatever", "when", "whenever",
        "where", "whereas", "whether", "which", "while", "who", "whoever", "whole", "whom", "whose", "why",
        "will", "with", "within", "without", "would", "yet", "you", "your", "yours", "yourself", "yourselves",
    };
}
