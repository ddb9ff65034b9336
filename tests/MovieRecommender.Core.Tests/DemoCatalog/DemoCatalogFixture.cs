namespace MovieRecommender.Core.Tests.DemoCatalog;

/// <summary>
/// Loads the shipped demo catalog and the TMDB 5000 reference once per test class. Missing files throw,
/// so the tests fail rather than skip when the data is absent.
/// </summary>
public sealed class DemoCatalogFixture
{
    private const string SolutionFileName = "MovieRecommender.sln";

    public DemoCatalogFixture()
    {
        var root = FindRepositoryRoot();
        DemoMoviesPath = RequireFile(Path.Combine(root, "data", "demo", "movies.csv"));
        var demoCreditsPath = RequireFile(Path.Combine(root, "data", "demo", "credits.csv"));
        var sharedData = Path.GetFullPath(Path.Combine(root, "..", "shared", "data"));
        var referenceMovies = RequireFile(Path.Combine(sharedData, "tmdb_5000_movies.csv"));
        var referenceCredits = RequireFile(Path.Combine(sharedData, "tmdb_5000_credits.csv.gz"));

        DemoIds = TmdbCatalogFile.ReadIds(DemoMoviesPath);
        Demo = TmdbCatalogFile.Load(DemoMoviesPath, demoCreditsPath);
        Reference = TmdbCatalogFile.Load(referenceMovies, referenceCredits);
    }

    public string DemoMoviesPath { get; }

    /// <summary>Every id in file order, duplicates included.</summary>
    public IReadOnlyList<int> DemoIds { get; }

    public IReadOnlyDictionary<int, CatalogFilm> Demo { get; }

    public IReadOnlyDictionary<int, CatalogFilm> Reference { get; }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFileName)))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No {SolutionFileName} found above {AppContext.BaseDirectory}; cannot locate the demo catalog.");
    }

    private static string RequireFile(string path) =>
        File.Exists(path) ? path : throw new FileNotFoundException($"Required catalog file is missing: {path}", path);
}
