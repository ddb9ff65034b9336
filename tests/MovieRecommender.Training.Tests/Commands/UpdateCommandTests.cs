using MovieRecommender.Core.Persistence;
using MovieRecommender.Training.Commands;
using Spectre.Console;

namespace MovieRecommender.Training.Tests.Commands;

public sealed class UpdateCommandTests : IDisposable
{
    private const string Header =
        "budget,genres,homepage,id,keywords,original_language,original_title,overview,popularity,production_companies," +
        "production_countries,release_date,revenue,runtime,spoken_languages,status,tagline,title,vote_average,vote_count";

    private readonly string _temp = Path.Combine(Path.GetTempPath(), "movierec-cli-tests", Guid.NewGuid().ToString("N"));
    private readonly StringWriter _output = new();
    private readonly IAnsiConsole _console;

    public UpdateCommandTests()
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

    public void Dispose()
    {
        _output.Dispose();
        Directory.Delete(_temp, recursive: true);
    }

    [Fact]
    public async Task Update_NewAndChangedFilms_ExitsZeroAndPublishesTheUpdatedModel()
    {
        var model = await TrainAsync(Enumerable.Range(1, 8));

        var exitCode = await RunAsync("update", "--model", model, "--input", WriteCatalog("update.csv", [3, 20, 21], genreOf: _ => "Western"), "--threads", "1");

        Assert.Equal(ExitCodes.Success, exitCode);
        var updated = await new ModelReader().ReadAsync(model);
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8, 20, 21], updated.Movies.Select(m => m.Id));
        Assert.Equal(["Western"], updated.Movies[2].Genres);
        Assert.Contains(updated.NeighboursOf(8).ToArray(), n => updated.Movies[n].Id == 21);
        var text = _output.ToString();
        Assert.Contains("Update summary", text, StringComparison.Ordinal);
        Assert.Matches(@"Films added\s*│\s*2", text);
        Assert.Matches(@"Films replaced\s*│\s*1", text);
        Assert.Matches(@"Collaborative part and ranker\s*│\s*none", text);
    }

    [Fact]
    public async Task Update_HybridModel_ExitsZeroCarriesTheCollaborativePartAndSaysSo()
    {
        var model = Path.Combine(_temp, "model");
        var (ratings, links) = TinyRatings.Write(_temp);
        var trained = await RunAsync("train", "--input", WriteCatalog("train.csv", Enumerable.Range(1, 8)), "--output", model, "--neighbours", "3",
            "--ratings", ratings, "--links", links);
        Assert.Equal(ExitCodes.Success, trained);

        var exitCode = await RunAsync("update", "--model", model, "--input", WriteCatalog("update.csv", [3, 20]), "--threads", "1");

        Assert.Equal(ExitCodes.Success, exitCode);
        var updated = await new ModelReader().ReadAsync(model);
        Assert.True(updated.HasHybrid);
        Assert.Equal("true", updated.Manifest.Parameters["update.collaborativeCarried"]);
        Assert.Equal(0, updated.Collaborative!.RatingCounts[8]);
        Assert.Matches(@"Collaborative part and ranker\s*│\s*carried over", Text());
    }

    [Fact]
    public async Task Update_ModelWithoutVectorSpace_ExitsWithModelErrorSayingToTrainAgain()
    {
        var model = await TrainAsync(Enumerable.Range(1, 8));
        RemoveVectorSpace(model);

        var exitCode = await RunAsync("update", "--model", model, "--input", WriteCatalog("update.csv", [20]));

        Assert.Equal(ExitCodes.ModelError, exitCode);
        Assert.Contains("Train it once more", Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_ModelWithAPartUpdateCannotCarry_ExitsWithModelErrorAndLeavesTheModel()
    {
        // A part written by a later feature would be lost by publishing without it: refuse instead. (The name must be
        // one no reader knows yet; the collaborative files' names are known and checked on read.)
        var model = await TrainAsync(Enumerable.Range(1, 8));
        const string laterPart = "later-feature.bin";
        await File.WriteAllBytesAsync(Path.Combine(model, laterPart), [1, 2, 3]);
        var manifestPath = Path.Combine(model, ModelFormat.ManifestFile);
        var manifest = System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync(manifestPath))!;
        manifest["files"]!.AsObject()[laterPart] = "0000";
        await File.WriteAllTextAsync(manifestPath, manifest.ToJsonString());
        var version = (await new ModelReader().ReadAsync(model)).Manifest.ModelVersion;

        var exitCode = await RunAsync("update", "--model", model, "--input", WriteCatalog("update.csv", [20]));

        Assert.Equal(ExitCodes.ModelError, exitCode);
        Assert.Contains(laterPart, Text(), StringComparison.Ordinal);
        Assert.Equal(version, (await new ModelReader().ReadAsync(model)).Manifest.ModelVersion);
    }

    [Fact]
    public async Task Update_NoModelThere_ExitsWithModelError()
    {
        var exitCode = await RunAsync("update", "--model", Path.Combine(_temp, "nothing"), "--input", WriteCatalog("update.csv", [20]));

        Assert.Equal(ExitCodes.ModelError, exitCode);
        Assert.Contains("holds no model", Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_MissingInput_ExitsWithBadInputAndLeavesTheModel()
    {
        var model = await TrainAsync(Enumerable.Range(1, 8));
        var version = (await new ModelReader().ReadAsync(model)).Manifest.ModelVersion;

        var exitCode = await RunAsync("update", "--model", model, "--input", Path.Combine(_temp, "missing.csv"));

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Contains("missing.csv", _output.ToString(), StringComparison.Ordinal);
        Assert.Equal(version, (await new ModelReader().ReadAsync(model)).Manifest.ModelVersion);
    }

    [Theory]
    [InlineData("--threads", "0")]
    [InlineData("--unknown", "1")]
    public async Task Update_InvalidOption_ExitsNonZero(string option, string value)
    {
        var exitCode = await RunAsync("update", "--model", Path.Combine(_temp, "m"), "--input", WriteCatalog("update.csv", [20]), option, value);

        Assert.NotEqual(ExitCodes.Success, exitCode);
    }

    [Fact]
    public async Task Update_NoModelOption_ExitsNonZeroWithHint()
    {
        var exitCode = await RunAsync("update", "--input", WriteCatalog("update.csv", [20]));

        Assert.NotEqual(ExitCodes.Success, exitCode);
        Assert.Contains("--model", _output.ToString(), StringComparison.Ordinal);
    }

    private async Task<string> TrainAsync(IEnumerable<int> ids)
    {
        var model = Path.Combine(_temp, "model");
        var exitCode = await RunAsync("train", "--input", WriteCatalog("train.csv", ids), "--output", model, "--neighbours", "3");
        Assert.Equal(ExitCodes.Success, exitCode);
        return model;
    }

    private static void RemoveVectorSpace(string model)
    {
        // A model as trained before updates existed: the same files without the vector space, and a manifest without them.
        var manifestPath = Path.Combine(model, ModelFormat.ManifestFile);
        var manifest = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(manifestPath))!;
        manifest["files"]!.AsObject().Remove(ModelFormat.TermStatisticsFile);
        manifest["files"]!.AsObject().Remove(ModelFormat.VectorsFile);
        File.WriteAllText(manifestPath, manifest.ToJsonString());
        File.Delete(Path.Combine(model, ModelFormat.TermStatisticsFile));
        File.Delete(Path.Combine(model, ModelFormat.VectorsFile));
    }

    private string WriteCatalog(string name, IEnumerable<int> ids, Func<int, string>? genreOf = null)
    {
        var rows = ids.Select(i =>
        {
            var genre = genreOf?.Invoke(i) ?? (i % 2 == 0 ? "Drama" : "Action");
            return $"1000,\"[{{\"\"id\"\": 1, \"\"name\"\": \"\"{genre}\"\"}}]\",,{i},\"[{{\"\"id\"\": 2, \"\"name\"\": \"\"{genre} keyword\"\"}}]\"," +
                   $"en,Film {i},A {genre} story number {i}.,1.5,[],[],2001-01-01,0,90,[],Released,,Film {i},6.5,100";
        });
        var path = Path.Combine(_temp, name);
        File.WriteAllText(path, Header + "\n" + string.Join("\n", rows) + "\n");
        return path;
    }

    /// <summary>The console output with line wrapping undone (long paths wrap messages at the console width).</summary>
    private string Text() => System.Text.RegularExpressions.Regex.Replace(_output.ToString(), @"\s+", " ");

    private Task<int> RunAsync(params string[] args) => TrainerApp.Create(_console).RunAsync(args);
}
