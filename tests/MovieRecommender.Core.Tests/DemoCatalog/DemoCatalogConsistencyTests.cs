namespace MovieRecommender.Core.Tests.DemoCatalog;

/// <summary>
/// Checks the shipped demo catalog (data/demo) against the TMDB 5000 reference: facts agree, the catalog is big
/// and complete enough to train on, and the descriptive text is the project's own rather than TMDB's.
/// </summary>
public sealed class DemoCatalogConsistencyTests : IClassFixture<DemoCatalogFixture>
{
    private const int MinimumFilmCount = 450;
    private const double MinimumAgreementRate = 0.98;
    // An overview sharing this many consecutive words with TMDB's overview of the same film counts as copied.
    private const int CopiedRunLength = 8;
    private const long MaximumMoviesFileBytes = 1_000_000;

    // Films that tests and demos rely on being present.
    private static readonly int[] RequiredIds =
    [
        155, 272, 49026, 862, 863, 10193, 14160, 10681, 12, 27205, 157336, 603, 949, 348, 679, 78, 194, 129,
        496243, 841, 438631,
    ];

    private readonly DemoCatalogFixture _catalog;

    public DemoCatalogConsistencyTests(DemoCatalogFixture catalog) => _catalog = catalog;

    [Fact]
    public void Catalog_Loaded_HasAtLeast450Films()
    {
        Assert.True(
            _catalog.Demo.Count >= MinimumFilmCount,
            $"Demo catalog has {_catalog.Demo.Count} films, expected at least {MinimumFilmCount}.");
    }

    [Fact]
    public void Catalog_Ids_AreUnique()
    {
        var duplicates = _catalog.DemoIds.GroupBy(id => id).Where(group => group.Count() > 1).Select(group => group.Key);

        Assert.Empty(duplicates);
    }

    [Fact]
    public void Catalog_EveryFilm_HasOverviewGenreAndDirector()
    {
        var incomplete = _catalog.Demo.Values
            .Where(film => string.IsNullOrWhiteSpace(film.Overview) || film.Genres.Count == 0 || film.Directors.Count == 0)
            .Select(film => $"{film.Id} {film.Title}")
            .ToList();

        Assert.Empty(incomplete);
    }

    [Fact]
    public void Catalog_RequiredFilms_ArePresent()
    {
        var missing = RequiredIds.Where(id => !_catalog.Demo.ContainsKey(id));

        Assert.Empty(missing);
    }

    [Fact]
    public void Catalog_FilmsInTmdb5000_AgreeOnTitleYearAndDirectors()
    {
        var shared = _catalog.Demo.Values.Where(film => _catalog.Reference.ContainsKey(film.Id)).ToList();
        var disagreeing = shared.Where(film => !Agrees(film, _catalog.Reference[film.Id])).ToList();

        var rate = shared.Count == 0 ? 0 : 1.0 - ((double)disagreeing.Count / shared.Count);

        Assert.NotEmpty(shared);
        Assert.True(
            rate >= MinimumAgreementRate,
            $"Agreement {rate:P1} over {shared.Count} films; disagreeing: "
            + string.Join(", ", disagreeing.Select(film => $"{film.Id} {film.Title}")));
    }

    [Fact]
    public void Catalog_Overviews_DoNotRepeatTmdbText()
    {
        var copied = _catalog.Demo.Values
            .Where(film => _catalog.Reference.TryGetValue(film.Id, out var source)
                && SharesWordRun(film.Overview, source.Overview, CopiedRunLength))
            .Select(film => $"{film.Id} {film.Title}")
            .ToList();

        Assert.Empty(copied);
    }

    [Fact]
    public void MoviesFile_Size_IsUnderOneMegabyte()
    {
        var size = new FileInfo(_catalog.DemoMoviesPath).Length;

        Assert.True(size < MaximumMoviesFileBytes, $"movies.csv is {size} bytes.");
    }

    private static bool Agrees(CatalogFilm demo, CatalogFilm reference) =>
        demo.Id == reference.Id
        && string.Equals(demo.Title, reference.Title, StringComparison.Ordinal)
        && demo.ReleaseYear == reference.ReleaseYear
        && demo.Directors.SetEquals(reference.Directors);

    private static bool SharesWordRun(string text, string source, int length)
    {
        var sourceRuns = WordRuns(Words(source), length).ToHashSet(StringComparer.Ordinal);
        return WordRuns(Words(text), length).Any(sourceRuns.Contains);
    }

    private static IEnumerable<string> WordRuns(List<string> words, int length) =>
        Enumerable.Range(0, Math.Max(0, words.Count - length + 1))
            .Select(start => string.Join(' ', words.Skip(start).Take(length)));

    // Lower-cased runs of letters and digits; punctuation separates words so "sister's" and "sister s" match.
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var character in text)
        {
            if (char.IsAsciiLetterOrDigit(character))
            {
                current.Append(char.ToLowerInvariant(character));
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }
}
