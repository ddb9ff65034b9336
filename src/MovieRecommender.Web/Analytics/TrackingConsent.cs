namespace MovieRecommender.Web.Analytics;

/// <summary>
/// Global Privacy Control (<c>Sec-GPC: 1</c>) and Do Not Track (<c>DNT: 1</c>) turn tracking off for the request:
/// no visitor cookie, no stored event, no experiment (the visitor gets the default recommender).
/// </summary>
public static class TrackingConsent
{
    public const string GlobalPrivacyControlHeader = "Sec-GPC";
    public const string DoNotTrackHeader = "DNT";

    public static bool IsTrackingAllowed(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return !IsSet(request, GlobalPrivacyControlHeader) && !IsSet(request, DoNotTrackHeader);
    }

    private static bool IsSet(HttpRequest request, string header) =>
        request.Headers.TryGetValue(header, out var value) && value.ToString().Trim() == "1";
}
