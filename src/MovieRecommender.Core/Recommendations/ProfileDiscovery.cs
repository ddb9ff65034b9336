namespace MovieRecommender.Core.Recommendations;

/// <summary>
/// Gives a share of a personal list to the content ranking. The learned ranker rightly learns that widely rated films
/// are what most people like next, so every profile's hybrid list converges on the same well-known films; content
/// neighbours of the films a person liked are theirs alone. Every position where the running share of content picks
/// falls behind <c>share</c> takes the best content film not listed yet (so 0.3 gives positions 4, 7 and 10 of ten).
/// Scores are the hybrid list's, position by position, so the list stays ordered.
/// </summary>
internal static class ProfileDiscovery
{
    public static List<ScoredMovie> Merge(List<ScoredMovie> hybrid, List<ScoredMovie> content, double share, int needed)
    {
        if (share <= 0 || content.Count == 0)
        {
            return hybrid;
        }

        var merged = new List<ScoredMovie>(Math.Min(needed, hybrid.Count + content.Count));
        var listed = new HashSet<int>();
        int h = 0;
        int c = 0;
        while (merged.Count < needed && (h < hybrid.Count || c < content.Count))
        {
            int position = merged.Count;
            bool contentTurn = Math.Floor((position + 1) * share) > Math.Floor(position * share);
            int? next = contentTurn ? Take(content, ref c, listed) ?? Take(hybrid, ref h, listed) : Take(hybrid, ref h, listed) ?? Take(content, ref c, listed);
            if (next is not int film)
            {
                break;
            }

            double score = position < hybrid.Count ? hybrid[position].Score : merged[^1].Score;
            merged.Add(new ScoredMovie(film, score));
        }

        return merged;
    }

    private static int? Take(List<ScoredMovie> list, ref int index, HashSet<int> listed)
    {
        while (index < list.Count)
        {
            int film = list[index++].Movie;
            if (listed.Add(film))
            {
                return film;
            }
        }

        return null;
    }
}
