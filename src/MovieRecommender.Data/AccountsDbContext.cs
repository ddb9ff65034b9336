using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using MovieRecommender.Data.Configurations;
using MovieRecommender.Data.Identity;
using MovieRecommender.Data.Personal;
using MovieRecommender.Data.Social;

namespace MovieRecommender.Data;

/// <summary>
/// The accounts database: ASP.NET Core Identity's tables, the user's personal film data, the social data (profiles, follows, blocks, reviews, shared lists) and the data-protection
/// key ring (so auth cookies and tokens survive restarts and are shared by every instance on one database).
/// </summary>
public class AccountsDbContext(DbContextOptions<AccountsDbContext> options)
    : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<FilmRating> Ratings => Set<FilmRating>();
    public DbSet<FilmLike> Likes => Set<FilmLike>();
    public DbSet<WatchlistEntry> Watchlist => Set<WatchlistEntry>();
    public DbSet<WatchedFilm> Watched => Set<WatchedFilm>();
    public DbSet<HistoryEntry> History => Set<HistoryEntry>();
    public DbSet<SavedWatchService> WatchServices => Set<SavedWatchService>();
    public DbSet<SocialProfile> Profiles => Set<SocialProfile>();
    public DbSet<Follow> Follows => Set<Follow>();
    public DbSet<Block> Blocks => Set<Block>();
    public DbSet<FilmReview> Reviews => Set<FilmReview>();
    public DbSet<SharedList> SharedLists => Set<SharedList>();
    public DbSet<SharedListMember> SharedListMembers => Set<SharedListMember>();
    public DbSet<SharedListFilm> SharedListFilms => Set<SharedListFilm>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // SQLite hands DateTimes back without a kind; every stored time is UTC, so say so on the way out.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AccountsDbContext).Assembly);
    }
}
