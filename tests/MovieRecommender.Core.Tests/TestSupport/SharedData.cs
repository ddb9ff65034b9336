namespace MovieRecommender.Core.Tests.TestSupport;

/// <summary>
/// Locates the read-only reference data at ../shared/data beside the repository root (the folder holding
/// MovieRecommender.sln). Missing data is a failure, not a skip: CI always has it.
/// </summary>
public static class SharedData
{
    public const string TmdbMovies = "tmdb_5000_movies.csv";
    public const string TmdbCredits = "tmdb_5000_credits.csv.gz";

    public static string PathOf(string fileName)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "MovieRecommender.sln")))
        {
            directory = directory.Parent;
        }

        Assert.True(directory is not null, "MovieRecommender.sln not found above " + AppContext.BaseDirectory);
        var path = Path.GetFullPath(Path.Combine(directory!.FullName, "..", "shared", "data", fileName));
        Assert.True(File.Exists(path), $"Reference data file missing: {path}");
        return path;
    }
}
