using System.ComponentModel.DataAnnotations;

namespace MovieRecommender.Data.Registration;

/// <summary>The <c>Accounts</c> settings section. The connection string itself is <c>ConnectionStrings:Accounts</c>.</summary>
public sealed class AccountsOptions
{
    public const string SectionName = "Accounts";
    public const string ConnectionStringName = "Accounts";

    /// <summary><c>sqlite</c> (default) or <c>postgres</c>.</summary>
    [Required]
    [RegularExpression("(?i)^(sqlite|postgres)$", ErrorMessage = "Accounts:Provider must be 'sqlite' or 'postgres'.")]
    public string Provider { get; set; } = "sqlite";

    /// <summary>Apply pending migrations at start (turn off when a deployment step migrates instead).</summary>
    public bool MigrateOnStart { get; set; } = true;

    public AccountsProvider ProviderKind =>
        string.Equals(Provider, "postgres", StringComparison.OrdinalIgnoreCase) ? AccountsProvider.Postgres : AccountsProvider.Sqlite;
}
