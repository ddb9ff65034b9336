using MovieRecommender.Data.Personal;

namespace MovieRecommender.Data.Tests.Personal;

public sealed class RatingScaleTests
{
    [Theory]
    [InlineData(0.5, 1)]
    [InlineData(3.5, 7)]
    [InlineData(5.0, 10)]
    public void ToHalfStars_HalfStep_Converts(double stars, int expected) => Assert.Equal(expected, RatingScale.ToHalfStars(stars));

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.3)]
    [InlineData(5.5)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void ToHalfStars_NotAHalfStepInRange_ReturnsNull(double stars) => Assert.Null(RatingScale.ToHalfStars(stars));
}
