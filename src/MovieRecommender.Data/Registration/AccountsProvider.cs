namespace MovieRecommender.Data.Registration;

/// <summary>The database engine behind the accounts database (setting <c>Accounts:Provider</c>).</summary>
public enum AccountsProvider
{
    /// <summary>An embedded SQLite file (the default): nothing to run beside the app.</summary>
    Sqlite = 0,

    /// <summary>A PostgreSQL server, for several app instances sharing one database.</summary>
    Postgres = 1,
}
