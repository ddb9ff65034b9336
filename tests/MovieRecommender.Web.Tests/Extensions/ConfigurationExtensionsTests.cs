using MovieRecommender.Web.Extensions;

namespace MovieRecommender.Web.Tests.Extensions;

public sealed class ConfigurationExtensionsTests
{
    [Theory]
    [InlineData("1", "true")]
    [InlineData("yes", "true")]
    [InlineData(" TRUE ", "true")]
    [InlineData("on", "true")]
    [InlineData("0", "false")]
    [InlineData("off", "false")]
    [InlineData("", "false")]
    [InlineData("perhaps", "perhaps")]
    public void NormaliseBoolean_ShellSpelling_BecomesABooleanOrIsLeftForValidation(string value, string expected)
    {
        Assert.Equal(expected, ConfigurationExtensions.NormaliseBoolean(value));
    }

    [Fact]
    public void FindDotEnv_RunFromProjectFolder_FindsTheRepoRootFile()
    {
        var root = Directory.CreateTempSubdirectory("movierec-env-").FullName;
        try
        {
            var project = Directory.CreateDirectory(Path.Combine(root, "src", "MovieRecommender.Web")).FullName;
            File.WriteAllText(Path.Combine(root, "MovieRecommender.sln"), string.Empty);
            File.WriteAllText(Path.Combine(root, ".env"), "ADMIN_ENABLED=0\n");

            var found = ConfigurationExtensions.FindDotEnv(project);

            Assert.Equal(Path.Combine(root, ".env"), found);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
