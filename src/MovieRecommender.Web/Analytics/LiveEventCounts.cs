namespace MovieRecommender.Web.Analytics;

/// <summary>The body of a <c>counts</c> event and of GET /api/v1/admin/events/counts.</summary>
public sealed record LiveEventCounts(long Impressions, long Clicks, long Served, long Searches, long Dropped, int Queued);
