namespace MovieRecommender.Data.Personal;

/// <summary>Stars (0.5–5 in halves) as shown to people, and half-stars (1–10) as stored.</summary>
public static class RatingScale
{
    public const double MinStars = 0.5;
    public const double MaxStars = 5.0;
    public const int MinHalfStars = 1;
    public const int MaxHalfStars = 10;

    /// <summary>Half-stars for a star value, or null unless it is one of 0.5, 1.0 … 5.0 (NaN and infinities included).</summary>
    public static int? ToHalfStars(double stars)
    {
        if (!double.IsFinite(stars))
        {
            return null;
        }

        double halves = stars * 2;
        return halves == Math.Floor(halves) && halves >= MinHalfStars && halves <= MaxHalfStars ? (int)halves : null;
    }

    public static double ToStars(int halfStars) => halfStars / 2.0;
}
