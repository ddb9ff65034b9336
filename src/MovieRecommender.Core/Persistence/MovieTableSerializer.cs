using System.Runtime.CompilerServices;
using MovieRecommender.Core.Catalog;
using TextField = MovieRecommender.Core.Catalog.MovieTable.TextField;

namespace MovieRecommender.Core.Persistence;

/// <summary>
/// Catalog section of <c>movies.bin</c>. Names repeated across films (genres, keywords, people, companies,
/// countries, languages) go into one string table referenced by index, which keeps the file small. The layout
/// maps one to one onto <see cref="MovieTable"/>'s columns: the reader fills the table's arrays and text arena
/// straight from the file, without a record per film.
/// </summary>
internal static class MovieTableSerializer
{
    private const int NoValue = MovieTable.NoValue;

    public static void Write(ModelFileWriter file, IReadOnlyList<Movie> movies)
    {
        var table = MovieTable.From(movies);
        var writer = file.Writer;
        writer.Write(table.Names.Count);
        foreach (var value in table.Names)
        {
            writer.Write(value);
        }

        writer.Write(table.Count);
        for (int i = 0; i < table.Count; i++)
        {
            writer.Write(table.IdAt(i));
            file.WriteUtf8(table.Utf8At(i, TextField.Title));
            if (table.OriginalTitleIsTitle(i))
            {
                writer.Write(true);
                file.WriteUtf8(table.Utf8At(i, TextField.Title));
            }
            else
            {
                WriteNullable(file, table, i, TextField.OriginalTitle);
            }

            writer.Write(table.ReleaseDateAt(i)?.DayNumber ?? NoValue);
            foreach (var list in Enum.GetValues<MovieTable.ListField>())
            {
                var ids = table.NamesAt(i, list).Ids;
                writer.Write(ids.Length);
                foreach (int id in ids)
                {
                    writer.Write(id);
                }
            }

            writer.Write(table.LanguageIdAt(i));
            writer.Write(table.RuntimeMinutesAt(i) ?? NoValue);
            writer.Write(table.VoteAverageAt(i));
            writer.Write(table.VoteCountAt(i));
            writer.Write(table.PopularityAt(i));
            WriteNullable(file, table, i, TextField.PosterPath);
            WriteNullable(file, table, i, TextField.ImdbId);
            WriteNullable(file, table, i, TextField.Overview);
            WriteNullable(file, table, i, TextField.Tagline);
        }
    }

    // Runs over the whole catalog once per load: compiled optimised at once rather than first as slow tier-0 code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static MovieTable Read(ModelFileReader file)
    {
        var strings = new string[file.ReadCount(sizeof(byte), "string table")];
        for (var i = 0; i < strings.Length; i++)
        {
            strings[i] = file.ReadString();
        }

        // Every text byte and list entry of the table comes from the file, so its length bounds both arenas.
        var count = file.ReadCount(sizeof(int), "movie");
        var table = new MovieTable.Builder(count, strings, file.Length, file.Length / sizeof(int));
        for (var i = 0; i < count; i++)
        {
            var id = file.ReadInt32();
            file.ReadUtf8Into(table);
            file.ReadNullableUtf8Into(table);
            var dayNumber = file.ReadInt32();
            for (var list = 0; list < MovieTable.ListFieldCount; list++)
            {
                ReadList(file, table, strings.Length);
            }

            var language = file.ReadInt32();
            var runtime = file.ReadInt32();
            var voteAverage = file.ReadDouble();
            var voteCount = file.ReadInt32();
            var popularity = file.ReadDouble();
            if (id <= 0 || !double.IsFinite(voteAverage) || !double.IsFinite(popularity) || voteCount < 0
                || dayNumber < NoValue || dayNumber > DateOnly.MaxValue.DayNumber
                || (language != NoValue && (uint)language >= (uint)strings.Length))
            {
                throw file.Fail($"movie #{i} has invalid values.");
            }

            table.SetScalars(i, id, dayNumber, language, runtime, voteAverage, voteCount, popularity);
            file.ReadNullableUtf8Into(table); // poster path
            file.ReadNullableUtf8Into(table); // IMDb id
            file.ReadNullableUtf8Into(table); // overview
            file.ReadNullableUtf8Into(table); // tagline
            table.EndMovie();
        }

        return table.Build();
    }

    private static void WriteNullable(ModelFileWriter file, MovieTable table, int index, TextField field)
    {
        var present = !table.IsNull(index, field);
        file.Writer.Write(present);
        if (present)
        {
            file.WriteUtf8(table.Utf8At(index, field));
        }
    }

    // Runs over the whole catalog once per load: compiled optimised at once rather than first as slow tier-0 code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ReadList(ModelFileReader file, MovieTable.Builder table, int stringCount)
    {
        var count = file.ReadCount(sizeof(int), "list entry");
        var items = table.AppendListItems(count);
        file.ReadInt32s(items);
        // Vectorised range check; with no strings at all every index is out of range (the range would be empty).
        int outOfRange = stringCount == 0 ? (items.IsEmpty ? -1 : 0) : items.IndexOfAnyExceptInRange(0, stringCount - 1);
        if (outOfRange >= 0)
        {
            throw file.Fail($"string index {items[outOfRange]} is out of range.");
        }

        table.EndList();
    }
}
