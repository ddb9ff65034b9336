using MovieRecommender.Data.Registration;

namespace MovieRecommender.Web.Tests.Infrastructure;

/// <summary>One <see cref="AccountsWebApp"/> per test class and provider; tests use fresh accounts, so they share it.</summary>
public abstract class AccountsAppFixture(AccountsProvider provider) : IAsyncLifetime
{
    private AccountsWebApp? _app;

    public AccountsWebApp App => _app ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync() => _app = await AccountsWebApp.StartAsync(provider);

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}

public sealed class SqliteAccountsAppFixture() : AccountsAppFixture(AccountsProvider.Sqlite);

public sealed class PostgresAccountsAppFixture() : AccountsAppFixture(AccountsProvider.Postgres);
