using MovieRecommender.Core.Catalog;

namespace MovieRecommender.Core.Persistence;

/// <summary>
/// Catalog section of <c>movies.bin</c>. Names repeated across films (genres, keywords, people, companies,
/// countries, languages) go into one string table referenced by index, which keeps the file small and makes
/// the reader share one string instance per name (interning for free).
/// </summary>
internal static class MovieTableSerializer
{
    private const int NoValue = -1;

    public static void Write(ModelFileWriter file, IReadOnlyList<Movie> movies)
    {
        var table = new Dictionary<string, int>(StringComparer.Ordinal);
        var strings = new List<string>();
        int IndexOf(string? value)
        {
            if (value is null)
            {
                return NoValue;
            }

            if (!table.TryGetValue(value, out var index))
            {
                index = strings.Count;
                table.Add(value, index);
                strings.Add(value);
            }

            return index;
        }

        foreach (var movie in movies)
        {
            foreach (var list in ListsOf(movie))
            {
                foreach (var value in list)
                {
                    IndexOf(value);
                }
            }

            IndexOf(movie.OriginalLanguage);
        }

        var writer = file.Writer;
        writer.Write(strings.Count);
        foreach (var value in strings)
        {
            writer.Write(value);
        }

        writer.Write(movies.Count);
        foreach (var movie in movies)
        {
            writer.Write(movie.Id);
            writer.Write(movie.Title);
            file.WriteNullableString(movie.OriginalTitle);
            writer.Write(movie.ReleaseDate?.DayNumber ?? NoValue);
            foreach (var list in ListsOf(movie))
            {
                writer.Write(list.Count);
                foreach (var value in list)
                {
                    writer.Write(table[value]);
                }
            }

            writer.Write(IndexOf(movie.OriginalLanguage));
            writer.Write(movie.RuntimeMinutes ?? NoValue);
            writer.Write(movie.VoteAverage);
            writer.Write(movie.VoteCount);
            writer.Write(movie.Popularity);
            file.WriteNullableString(movie.PosterPath);
            file.WriteNullableString(movie.ImdbId);
            file.WriteNullableString(movie.Overview);
            file.WriteNullableString(movie.Tagline);
        }
    }

    public static Movie[] Read(ModelFileReader file)
    {
        var reader = file.Reader;
        var strings = new string[file.ReadCount(sizeof(byte), "string table")];
        for (var i = 0; i < strings.Length; i++)
        {
            strings[i] = file.ReadString();
        }

        var movies = new Movie[file.ReadCount(sizeof(int), "movie")];
        for (var i = 0; i < movies.Length; i++)
        {
            var id = reader.ReadInt32();
            var title = file.ReadString();
            var originalTitle = file.ReadNullableString();
            var dayNumber = reader.ReadInt32();
            var genres = ReadList(file, strings);
            var keywords = ReadList(file, strings);
            var directors = ReadList(file, strings);
            var cast = ReadList(file, strings);
            var companies = ReadList(file, strings);
            var countries = ReadList(file, strings);
            var language = reader.ReadInt32();
            var runtime = reader.ReadInt32();
            var voteAverage = reader.ReadDouble();
            var voteCount = reader.ReadInt32();
            var popularity = reader.ReadDouble();
            if (id <= 0 || !double.IsFinite(voteAverage) || !double.IsFinite(popularity) || voteCount < 0
                || dayNumber < NoValue || (language != NoValue && (uint)language >= (uint)strings.Length))
            {
                throw file.Fail($"movie #{i} has invalid values.");
            }

            movies[i] = new Movie
            {
                Id = id,
                Title = title,
                // Most films' original title is their title: share the instance rather than hold it twice.
                OriginalTitle = originalTitle == title ? title : originalTitle,
                ReleaseDate = dayNumber == NoValue ? null : DateOnly.FromDayNumber(dayNumber),
                Genres = genres,
                Keywords = keywords,
                Directors = directors,
                Cast = cast,
                Companies = companies,
                Countries = countries,
                OriginalLanguage = language == NoValue ? null : strings[language],
                RuntimeMinutes = runtime == NoValue ? null : runtime,
                VoteAverage = voteAverage,
                VoteCount = voteCount,
                Popularity = popularity,
                PosterPath = file.ReadNullableString(),
                ImdbId = file.ReadNullableString(),
                OverviewUtf8 = file.ReadNullableUtf8(),
                TaglineUtf8 = file.ReadNullableUtf8(),
            };
        }

        return movies;
    }

    private static IReadOnlyList<string>[] ListsOf(Movie movie) =>
        [movie.Genres, movie.Keywords, movie.Directors, movie.Cast, movie.Companies, movie.Countries];

    private static string[] ReadList(ModelFileReader file, string[] strings)
    {
        var count = file.ReadCount(sizeof(int), "list entry");
        if (count == 0)
        {
            return [];
        }

        var list = new string[count];
        for (var i = 0; i < count; i++)
        {
            var index = file.Reader.ReadInt32();
            if ((uint)index >= (uint)strings.Length)
            {
                throw file.Fail($"string index {index} is out of range.");
            }

            list[i] = strings[index];
        }

        return list;
    }
}
