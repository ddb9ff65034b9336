namespace MovieRecommender.Core.Collaborative;

/// <summary>
/// Explicit ratings of users × catalog films, stored twice in CSR form (by user and by film) so that both the
/// item-item pass (films → their raters → the raters' films) and ALS (alternating user and film solves) read
/// contiguous rows. Users are dense indices assigned by whoever built the matrix; films are catalog indices.
/// </summary>
public sealed class RatingMatrix
{
    private RatingMatrix(int userCount, int filmCount, int[] userOffsets, int[] userFilms, float[] userRatings,
        int[] filmOffsets, int[] filmUsers, float[] filmRatings)
    {
        UserCount = userCount;
        FilmCount = filmCount;
        UserOffsets = userOffsets;
        UserFilms = userFilms;
        UserRatings = userRatings;
        FilmOffsets = filmOffsets;
        FilmUsers = filmUsers;
        FilmRatings = filmRatings;
    }

    public int UserCount { get; }

    public int FilmCount { get; }

    public long RatingCount => UserFilms.LongLength;

    /// <summary>Length users + 1: user u's ratings are at [UserOffsets[u], UserOffsets[u+1]), films ascending.</summary>
    public int[] UserOffsets { get; }

    public int[] UserFilms { get; }

    public float[] UserRatings { get; }

    /// <summary>Length films + 1: film i's ratings are at [FilmOffsets[i], FilmOffsets[i+1]), users ascending.</summary>
    public int[] FilmOffsets { get; }

    public int[] FilmUsers { get; }

    public float[] FilmRatings { get; }

    public ReadOnlySpan<int> FilmsOf(int user) => UserFilms.AsSpan(UserOffsets[user], UserOffsets[user + 1] - UserOffsets[user]);

    public ReadOnlySpan<float> RatingsOf(int user) => UserRatings.AsSpan(UserOffsets[user], UserOffsets[user + 1] - UserOffsets[user]);

    public ReadOnlySpan<int> UsersOf(int film) => FilmUsers.AsSpan(FilmOffsets[film], FilmOffsets[film + 1] - FilmOffsets[film]);

    public ReadOnlySpan<float> RatingsFor(int film) => FilmRatings.AsSpan(FilmOffsets[film], FilmOffsets[film + 1] - FilmOffsets[film]);

    public int RatingCountOf(int film) => FilmOffsets[film + 1] - FilmOffsets[film];

    /// <summary>
    /// Builds the matrix from ratings keyed by the source's user ids; users get dense indices in order of first
    /// appearance, and <c>UserIds[u]</c> gives the source id back.
    /// </summary>
    public static (RatingMatrix Matrix, long[] UserIds) FromRatings(IReadOnlyList<UserFilmRating> ratings, int filmCount)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        var indexOf = new Dictionary<long, int>();
        var userIds = new List<long>();
        var users = new int[ratings.Count];
        var films = new int[ratings.Count];
        var values = new float[ratings.Count];
        for (int i = 0; i < ratings.Count; i++)
        {
            var rating = ratings[i];
            if (!indexOf.TryGetValue(rating.UserId, out int user))
            {
                user = userIds.Count;
                indexOf[rating.UserId] = user;
                userIds.Add(rating.UserId);
            }

            users[i] = user;
            films[i] = rating.Film;
            values[i] = rating.Rating;
        }

        return (Build(userIds.Count, filmCount, users, films, values), [.. userIds]);
    }

    /// <summary>
    /// Builds the matrix from parallel arrays of (user, film, rating). A repeated (user, film) pair keeps the last
    /// rating given, as a user who re-rates a film means the new value.
    /// </summary>
    public static RatingMatrix Build(int userCount, int filmCount, ReadOnlySpan<int> users, ReadOnlySpan<int> films, ReadOnlySpan<float> ratings)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(userCount);
        ArgumentOutOfRangeException.ThrowIfNegative(filmCount);
        if (users.Length != films.Length || users.Length != ratings.Length)
        {
            throw new ArgumentException("users, films and ratings must have the same length.", nameof(ratings));
        }

        // Counting sort by user, keeping input order within a user, so "last wins" can be applied per row.
        var userOffsets = new int[userCount + 1];
        for (int i = 0; i < users.Length; i++)
        {
            if ((uint)users[i] >= (uint)userCount || (uint)films[i] >= (uint)filmCount || !float.IsFinite(ratings[i]))
            {
                throw new ArgumentOutOfRangeException(nameof(users), $"Rating #{i} has a user, film or value out of range.");
            }

            userOffsets[users[i] + 1]++;
        }

        for (int u = 0; u < userCount; u++)
        {
            userOffsets[u + 1] += userOffsets[u];
        }

        var order = new int[users.Length];
        var next = (int[])userOffsets.Clone();
        for (int i = 0; i < users.Length; i++)
        {
            order[next[users[i]]++] = i;
        }

        var keptFilms = new int[users.Length];
        var keptRatings = new float[users.Length];
        var compactOffsets = new int[userCount + 1];
        int written = 0;
        var rowFilms = new List<(int Film, int Input)>();
        for (int u = 0; u < userCount; u++)
        {
            rowFilms.Clear();
            for (int at = userOffsets[u]; at < userOffsets[u + 1]; at++)
            {
                rowFilms.Add((films[order[at]], order[at]));
            }

            // Sort by film, then by input position descending, so the first of each film is the last given.
            rowFilms.Sort((a, b) => a.Film != b.Film ? a.Film.CompareTo(b.Film) : b.Input.CompareTo(a.Input));
            for (int k = 0; k < rowFilms.Count; k++)
            {
                if (k > 0 && rowFilms[k].Film == rowFilms[k - 1].Film)
                {
                    continue;
                }

                keptFilms[written] = rowFilms[k].Film;
                keptRatings[written] = ratings[rowFilms[k].Input];
                written++;
            }

            compactOffsets[u + 1] = written;
        }

        Array.Resize(ref keptFilms, written);
        Array.Resize(ref keptRatings, written);
        var (filmOffsets, filmUsers, filmRatings) = Transpose(userCount, filmCount, compactOffsets, keptFilms, keptRatings);
        return new RatingMatrix(userCount, filmCount, compactOffsets, keptFilms, keptRatings, filmOffsets, filmUsers, filmRatings);
    }

    private static (int[] Offsets, int[] Users, float[] Ratings) Transpose(int userCount, int filmCount, int[] userOffsets, int[] userFilms, float[] userRatings)
    {
        var offsets = new int[filmCount + 1];
        foreach (int film in userFilms)
        {
            offsets[film + 1]++;
        }

        for (int f = 0; f < filmCount; f++)
        {
            offsets[f + 1] += offsets[f];
        }

        var next = (int[])offsets.Clone();
        var filmUsers = new int[userFilms.Length];
        var filmRatings = new float[userFilms.Length];
        for (int u = 0; u < userCount; u++)
        {
            for (int at = userOffsets[u]; at < userOffsets[u + 1]; at++)
            {
                int slot = next[userFilms[at]]++;
                filmUsers[slot] = u;
                filmRatings[slot] = userRatings[at];
            }
        }

        return (offsets, filmUsers, filmRatings);
    }
}
