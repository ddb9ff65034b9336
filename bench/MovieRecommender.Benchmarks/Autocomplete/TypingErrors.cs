namespace MovieRecommender.Benchmarks.Autocomplete;

/// <summary>
/// The common single-character typing errors (transposed neighbours, a dropped, doubled or replaced letter), never on
/// a word's first letter: people rarely get that one wrong, and search engines rely on it too.
/// </summary>
public static class TypingErrors
{
    private const string Letters = "abcdefghijklmnopqrstuvwxyz";

    public static string Apply(string word, Random random)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(random);
        if (word.Length < 3)
        {
            return word;
        }

        var position = random.Next(1, word.Length - 1);
        var chars = word.ToCharArray();
        switch (random.Next(4))
        {
            case 0:
                (chars[position], chars[position + 1]) = (chars[position + 1], chars[position]);
                return chars[position] == chars[position + 1] ? Replace(word, position, random) : new string(chars);
            case 1:
                return word.Remove(position, 1);
            case 2:
                return word.Insert(position, word[position].ToString());
            default:
                return Replace(word, position, random);
        }
    }

    private static string Replace(string word, int position, Random random)
    {
        char replacement;
        do
        {
            replacement = Letters[random.Next(Letters.Length)];
        }
        while (replacement == word[position]);

        return string.Concat(word.AsSpan(0, position), replacement.ToString(), word.AsSpan(position + 1));
    }
}
