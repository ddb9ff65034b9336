using System.ComponentModel.DataAnnotations;

namespace MovieRecommender.Web.Settings;

/// <summary>Impression/click events and search statistics (section "Analytics").</summary>
public sealed class AnalyticsSettings
{
    public const string SectionName = "Analytics";
    public const string ConnectionStringName = "Analytics";

    /// <summary>
    /// <c>sqlite</c> or <c>postgres</c>; empty = the same as <c>Accounts:Provider</c>. The connection string is
    /// <c>ConnectionStrings:Analytics</c> (empty: <c>db/analytics.db</c> under the content root for SQLite, the
    /// accounts database for PostgreSQL).
    /// </summary>
    [RegularExpression("(?i)^(sqlite|postgres)?$", ErrorMessage = "Analytics:Provider must be 'sqlite', 'postgres' or empty (the accounts provider).")]
    public string? Provider { get; set; }

    /// <summary>False accepts events (202) but stores nothing and sets no visitor cookie.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Stored events older than this are deleted by the cleanup job.</summary>
    [Range(1, 3650, ErrorMessage = "Analytics:RetentionDays must be between {1} and {2}.")]
    public int RetentionDays { get; set; } = 90;

    /// <summary>Events waiting for the database; beyond this they are dropped and counted, never the request.</summary>
    [Range(100, 10_000_000, ErrorMessage = "Analytics:QueueCapacity must be between {1} and {2}.")]
    public int QueueCapacity { get; set; } = 50_000;

    /// <summary>Most events written in one database round trip.</summary>
    [Range(1, 10_000, ErrorMessage = "Analytics:BatchSize must be between {1} and {2}.")]
    public int BatchSize { get; set; } = 1_000;

    /// <summary>
    /// On a graceful stop, how long the writer may take to store the events already accepted (the host's own
    /// shutdown timeout also applies); what is left then is dropped and counted (<c>shutdown_timeout</c>).
    /// </summary>
    [Range(1, 600, ErrorMessage = "Analytics:ShutdownDrainSeconds must be between {1} and {2}.")]
    public int ShutdownDrainSeconds { get; set; } = 10;

    /// <summary>A search is listed as popular or zero-result only once this many searches asked for it (privacy).</summary>
    [Range(1, 1_000_000, ErrorMessage = "Analytics:MinimumSearchCount must be between {1} and {2}.")]
    public int MinimumSearchCount { get; set; } = 3;

    /// <summary>How often the cleanup job deletes expired events.</summary>
    [Range(1, 168, ErrorMessage = "Analytics:CleanupIntervalHours must be between {1} and {2}.")]
    public int CleanupIntervalHours { get; set; } = 6;
}
