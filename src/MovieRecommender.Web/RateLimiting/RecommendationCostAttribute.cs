using System.Globalization;
using MovieRecommender.Web.Queries;

namespace MovieRecommender.Web.RateLimiting;

/// <summary>
/// Cost of a recommendation request: 1 permit, and with <c>diversity</c> above 0 (MMR re-ranking, which compares each
/// pick with a pool of up to 500 films) <see cref="DiversityBasePermits"/> more plus one per
/// <see cref="PositionsPerExtraPermit"/> positions the page reaches, because MMR picks every position before the page too.
/// Unparseable values cost the base price: validation rejects them before any work is done.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
public sealed class RecommendationCostAttribute : Attribute, IRateLimitCost
{
    public const int BasePermits = 1;
    public const int DiversityBasePermits = 1;
    public const int PositionsPerExtraPermit = 100;

    public int PermitsFor(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = request.Query;
        if (!TryParseDouble(query["diversity"], out var diversity) || !(diversity > 0))
        {
            return BasePermits;
        }

        var count = TryParseInt(query["n"], out var n) && n > 0 ? n : QueryLimits.DefaultCount;
        var offset = TryParseInt(query["offset"], out var o) && o > 0 ? o
            : TryParseInt(query["page"], out var page) && page > 1 ? (long)(page - 1) * count : 0;
        var reached = Math.Min(offset + count, int.MaxValue);
        return (int)Math.Min(int.MaxValue, BasePermits + DiversityBasePermits + (reached / PositionsPerExtraPermit));
    }

    private static bool TryParseDouble(string? value, out double result) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out result);

    private static bool TryParseInt(string? value, out int result) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out result);
}
