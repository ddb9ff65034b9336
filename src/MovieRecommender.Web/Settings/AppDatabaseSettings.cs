using System.ComponentModel.DataAnnotations;

namespace MovieRecommender.Web.Settings;

/// <summary>
/// The app database shared with accounts: <c>Accounts:Provider</c> (sqlite or postgres) and
/// <c>ConnectionStrings:Accounts</c> (empty = a SQLite file under the content root's db/ folder).
/// </summary>
public sealed class AppDatabaseSettings : IValidatableObject
{
    public const string ProviderKey = "Accounts:Provider";
    public const string ConnectionStringName = "Accounts";
    public const string DefaultSqliteFile = "db/movierecommender.db";

    public string Provider { get; set; } = "sqlite";

    public string? ConnectionString { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var provider = Provider?.Trim().ToLowerInvariant();
        if (provider is not ("sqlite" or "postgres"))
        {
            yield return new ValidationResult($"{ProviderKey} must be 'sqlite' or 'postgres', not '{Provider}'.", [nameof(Provider)]);
        }
        else if (provider == "postgres" && string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult(
                $"ConnectionStrings:{ConnectionStringName} must be set when {ProviderKey} is 'postgres'.", [nameof(ConnectionString)]);
        }
    }
}
