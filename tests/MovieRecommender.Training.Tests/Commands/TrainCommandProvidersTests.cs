using MovieRecommender.Core.Persistence;
using MovieRecommender.Training.Commands;
using Spectre.Console;

namespace MovieRecommender.Training.Tests.Commands;

/// <summary><c>train --providers FILE</c>: watch providers stored in the model, bad files rejected by name.</summary>
public sealed class TrainCommandProvidersTests : IDisposable
{
    private const string Header =
        "budget,genres,homepage,id,keywords,original_language,original_title,overview,popularity,production_companies," +
        "production_countries,release_date,revenue,runtime,spoken_languages,status,tagline,title,vote_average,vote_count";

    private readonly string _temp = Path.Combine(Path.GetTempPath(), "movierec-cli-tests", Guid.NewGuid().ToString("N"));
    private readonly StringWriter _output = new();
    private readonly IAnsiConsole _console;

    public TrainCommandProvidersTests()
    {
        Directory.CreateDirectory(_temp);
        _console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(_output),
        });
    }

    [Fact]
    public async Task Train_WithProvidersFile_StoresProvidersInModel()
    {
        // Arrange
        var providers = Write("providers.jsonl",
            """{"id":1,"results":{"GB":{"link":"https://www.themoviedb.org/movie/1/watch?locale=GB","flatrate":[{"provider_id":8,"provider_name":"Netflix"}]}}}""",
            """{"id":404,"results":{"GB":{"flatrate":[{"provider_id":8,"provider_name":"Netflix"}]}}}""");
        var output = Path.Combine(_temp, "model");

        // Act
        var exitCode = await RunAsync("train", "--input", WriteTinyCatalog(), "--output", output, "--neighbours", "3", "--providers", providers);

        // Assert
        Assert.Equal(ExitCodes.Success, exitCode);
        var model = await new ModelReader().ReadAsync(output);
        Assert.NotNull(model.WatchProviders);
        Assert.Equal(1, model.WatchProviders.MovieCount);
        Assert.Equal("providers.jsonl", model.Manifest.Parameters["input.providers"]);
        Assert.Contains("Films with watch providers", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_MalformedProvidersFile_ExitsNonZeroNamingTheFileAndLine()
    {
        // Arrange
        var providers = Write("broken.jsonl", """{"id":1,"results":{"GB":{"link":"javascript:alert(1)"}}}""");

        // Act
        var exitCode = await RunAsync("train", "--input", WriteTinyCatalog(), "--output", Path.Combine(_temp, "model"), "--providers", providers);

        // Assert
        Assert.Equal(ExitCodes.BadInput, exitCode);
        var text = _output.ToString().ReplaceLineEndings(" ");
        Assert.Contains("broken.jsonl", text, StringComparison.Ordinal);
        Assert.Contains("line 1", text, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_temp, "model")));
    }

    public void Dispose()
    {
        _output.Dispose();
        Directory.Delete(_temp, recursive: true);
    }

    private Task<int> RunAsync(params string[] args) => TrainerApp.Create(_console).RunAsync(args);

    private string Write(string name, params string[] lines)
    {
        var path = Path.Combine(_temp, name);
        File.WriteAllLines(path, lines);
        return path;
    }

    private string WriteTinyCatalog()
    {
        var rows = Enumerable.Range(1, 8).Select(i =>
        {
            var genre = i % 2 == 0 ? "Drama" : "Action";
            return $"1000,\"[{{\"\"id\"\": 1, \"\"name\"\": \"\"{genre}\"\"}}]\",,{i},\"[{{\"\"id\"\": 2, \"\"name\"\": \"\"{genre} keyword\"\"}}]\"," +
                   $"en,Film {i},A {genre} story number {i}.,1.5,[],[],2001-01-01,0,90,[],Released,,Film {i},6.5,100";
        });
        var path = Path.Combine(_temp, "movies.csv");
        File.WriteAllText(path, Header + "\n" + string.Join("\n", rows) + "\n");
        return path;
    }
}
