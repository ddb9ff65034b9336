using System.Text;

namespace MovieRecommender.Core.Catalog;

public sealed partial class MovieTable
{
    /// <summary>
    /// Fills a table film by film, in <c>movies.bin</c> order: per film its scalars, then its six texts, then its six
    /// name lists (texts and lists may interleave with each other, each kind in its own order). The arenas are sized
    /// up front from an upper bound (the model file's length when reading), allocated uninitialised so that the
    /// unused tail is never touched and costs address space, not resident memory; they grow if the bound was wrong.
    /// </summary>
    internal sealed class Builder
    {
        private int _textCursor;
        private int _textSlot;
        private int _listCursor;
        private int _listSlot;
        private int _built;

        public Builder(int count, string[] names, long textCapacity, long listItemCapacity)
        {
            Ids = new int[count];
            DayNumbers = new int[count];
            Runtimes = new int[count];
            Languages = new int[count];
            VoteCounts = new int[count];
            VoteAverages = new double[count];
            Popularities = new double[count];
            Flags = new byte[count];
            TextStarts = new int[(count * TextFieldCount) + 1];
            ListStarts = new int[(count * ListFieldCount) + 1];
            Text = GC.AllocateUninitializedArray<byte>((int)Math.Min(textCapacity, Array.MaxLength));
            ListItems = GC.AllocateUninitializedArray<int>((int)Math.Min(listItemCapacity, Array.MaxLength));
            Names = names;
        }

        internal int[] Ids { get; }

        internal int[] DayNumbers { get; }

        internal int[] Runtimes { get; }

        internal int[] Languages { get; }

        internal int[] VoteCounts { get; }

        internal double[] VoteAverages { get; }

        internal double[] Popularities { get; }

        internal byte[] Flags { get; }

        internal int[] TextStarts { get; }

        internal int[] ListStarts { get; }

        internal byte[] Text { get; private set; }

        internal int[] ListItems { get; private set; }

        internal string[] Names { get; }

        public void SetScalars(int index, int id, int dayNumber, int language, int runtime, double voteAverage, int voteCount, double popularity)
        {
            Ids[index] = id;
            DayNumbers[index] = dayNumber;
            Languages[index] = language;
            Runtimes[index] = runtime;
            VoteAverages[index] = voteAverage;
            VoteCounts[index] = voteCount;
            Popularities[index] = popularity;
        }

        /// <summary>Space for the next text field's <paramref name="byteCount"/> UTF-8 bytes; call <see cref="EndText"/> once written.</summary>
        public Span<byte> BeginText(int byteCount)
        {
            if ((long)_textCursor + byteCount > Text.Length)
            {
                Grow(byteCount);
            }

            return Text.AsSpan(_textCursor, byteCount);
        }

        public void EndText(int byteCount)
        {
            int film = _textSlot / TextFieldCount;
            var field = (TextField)(_textSlot % TextFieldCount);
            int start = _textCursor;
            if (field == TextField.OriginalTitle
                && Text.AsSpan(start, byteCount).SequenceEqual(Text.AsSpan(TextStarts[_textSlot - 1], start - TextStarts[_textSlot - 1])))
            {
                // Most films' original title is their title: keep the bytes once.
                Flags[film] |= SameTitleFlag;
                byteCount = 0;
            }

            _textCursor += byteCount;
            TextStarts[++_textSlot] = _textCursor;
        }

        public void AddText(ReadOnlySpan<byte> utf8)
        {
            utf8.CopyTo(BeginText(utf8.Length));
            EndText(utf8.Length);
        }

        public void AddNullText()
        {
            Flags[_textSlot / TextFieldCount] |= NullFlag((TextField)(_textSlot % TextFieldCount));
            TextStarts[++_textSlot] = _textCursor;
        }

        public void AddListItem(int nameId) => AppendListItems(1)[0] = nameId;

        /// <summary>Room for the next <paramref name="count"/> name ids of the current list, to be filled by the caller.</summary>
        public Span<int> AppendListItems(int count)
        {
            if ((long)_listCursor + count > ListItems.Length)
            {
                long needed = (long)_listCursor + count;
                var grown = GC.AllocateUninitializedArray<int>((int)Math.Min(Array.MaxLength, Math.Max(needed, Math.Max(16L, 2L * ListItems.Length))));
                ListItems.AsSpan(0, _listCursor).CopyTo(grown);
                ListItems = grown;
            }

            var items = ListItems.AsSpan(_listCursor, count);
            _listCursor += count;
            return items;
        }

        public void EndList() => ListStarts[++_listSlot] = _listCursor;

        /// <summary>Ends a film: checks it got all its texts and lists.</summary>
        public void EndMovie()
        {
            _built++;
            if (_textSlot != _built * TextFieldCount || _listSlot != _built * ListFieldCount)
            {
                throw new InvalidOperationException($"Film #{_built - 1} was given the wrong number of texts or lists.");
            }
        }

        public MovieTable Build()
        {
            if (_built != Ids.Length)
            {
                throw new InvalidOperationException($"Only {_built} of {Ids.Length} films were added.");
            }

            return new MovieTable(this);
        }

        private void Grow(int byteCount)
        {
            long needed = (long)_textCursor + byteCount;
            if (needed > Array.MaxLength)
            {
                throw new InvalidOperationException($"The catalog's texts exceed {Array.MaxLength:N0} bytes, the most one table holds.");
            }

            var grown = GC.AllocateUninitializedArray<byte>((int)Math.Min(Array.MaxLength, Math.Max(needed, 2L * Text.Length)));
            Text.AsSpan(0, _textCursor).CopyTo(grown);
            Text = grown;
        }

        /// <summary>
        /// A table from records. Names are numbered in first use, film by film, lists in field order then the
        /// language: the order <c>movies.bin</c>'s string table has always had, so writing the table is unchanged.
        /// </summary>
        internal static MovieTable FromMovies(IReadOnlyList<Movie> movies)
        {
            var ids = new Dictionary<string, int>(StringComparer.Ordinal);
            var names = new List<string>();
            long textBytes = 0;
            long listItems = 0;
            foreach (var movie in movies)
            {
                foreach (var list in ListsOf(movie))
                {
                    listItems += list.Count;
                    foreach (var name in list)
                    {
                        IdOf(name);
                    }
                }

                if (movie.OriginalLanguage is { } language)
                {
                    IdOf(language);
                }

                foreach (var text in TextsOf(movie))
                {
                    textBytes += text is null ? 0 : Encoding.UTF8.GetByteCount(text);
                }
            }

            var builder = new Builder(movies.Count, [.. names], textBytes, listItems);
            for (int i = 0; i < movies.Count; i++)
            {
                var movie = movies[i];
                builder.SetScalars(i, movie.Id, movie.ReleaseDate?.DayNumber ?? NoValue,
                    movie.OriginalLanguage is { } language ? ids[language] : NoValue, movie.RuntimeMinutes ?? NoValue,
                    movie.VoteAverage, movie.VoteCount, movie.Popularity);
                foreach (var text in TextsOf(movie))
                {
                    if (text is null)
                    {
                        builder.AddNullText();
                    }
                    else
                    {
                        int byteCount = Encoding.UTF8.GetByteCount(text);
                        Encoding.UTF8.GetBytes(text, builder.BeginText(byteCount));
                        builder.EndText(byteCount);
                    }
                }

                foreach (var list in ListsOf(movie))
                {
                    foreach (var name in list)
                    {
                        builder.AddListItem(ids[name]);
                    }

                    builder.EndList();
                }

                builder.EndMovie();
            }

            return builder.Build();

            void IdOf(string name)
            {
                if (ids.TryAdd(name, names.Count))
                {
                    names.Add(name);
                }
            }
        }

        private static IReadOnlyList<string>[] ListsOf(Movie movie) =>
            [movie.Genres, movie.Keywords, movie.Directors, movie.Cast, movie.Companies, movie.Countries];

        private static string?[] TextsOf(Movie movie) =>
            [movie.Title, movie.OriginalTitle, movie.PosterPath, movie.ImdbId, movie.Overview, movie.Tagline];
    }
}
