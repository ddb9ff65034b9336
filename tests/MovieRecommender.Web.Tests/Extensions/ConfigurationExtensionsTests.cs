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
}
