using Microsoft.Extensions.Hosting;
using Moq;
using MovieRecommender.Web.Services;
using MovieRecommender.Web.Settings;

namespace MovieRecommender.Web.Tests.Services;

public sealed class ModelPathsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("movierec-paths-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void ModelDirectory_Relative_IsResolvedAgainstTheContentRoot()
    {
        var paths = Create(new ModelSettings { Directory = "models" }, _root);

        Assert.Equal(Path.Combine(_root, "models"), paths.ModelDirectory);
    }

    [Fact]
    public void FindDemoCatalog_RunFromProjectFolder_WalksUpToTheRepoRoot()
    {
        var project = Directory.CreateDirectory(Path.Combine(_root, "src", "MovieRecommender.Web")).FullName;
        File.WriteAllText(Path.Combine(_root, "MovieRecommender.sln"), string.Empty);
        Directory.CreateDirectory(Path.Combine(_root, "data", "demo"));
        var catalog = Path.Combine(_root, "data", "demo", "movies.csv");
        File.WriteAllText(catalog, "id,title\n");

        var found = Create(new ModelSettings(), project).FindDemoCatalog();

        Assert.Equal(catalog, found);
    }

    [Fact]
    public void FindDemoCatalog_Missing_ReturnsNull()
    {
        var found = Create(new ModelSettings { DemoCatalog = "data/none/nothing.csv" }, _root).FindDemoCatalog();

        Assert.Null(found);
    }

    private static ModelPaths Create(ModelSettings settings, string contentRoot)
    {
        var environment = new Mock<IHostEnvironment>();
        environment.SetupGet(e => e.ContentRootPath).Returns(contentRoot);
        return new ModelPaths(Microsoft.Extensions.Options.Options.Create(settings), environment.Object);
    }
}
