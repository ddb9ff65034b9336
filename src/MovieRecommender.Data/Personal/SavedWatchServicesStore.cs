using Microsoft.EntityFrameworkCore;
using MovieRecommender.Data.Social;

namespace MovieRecommender.Data.Personal;

/// <summary>EF Core implementation of <see cref="ISavedWatchServicesStore"/>.</summary>
public sealed class SavedWatchServicesStore(AccountsDbContext db) : ISavedWatchServicesStore
{
    public async Task<IReadOnlyList<int>> GetAsync(string userId, CancellationToken cancellationToken = default) =>
        await db.WatchServices.Where(s => s.UserId == userId).OrderBy(s => s.ProviderId).Select(s => s.ProviderId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);

    public async Task ReplaceAsync(string userId, IReadOnlyCollection<int> providerIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(providerIds);
        if (providerIds.Count > SocialLimits.MaxSavedWatchServices || providerIds.Any(id => id <= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(providerIds), $"At most {SocialLimits.MaxSavedWatchServices} positive provider ids.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await db.WatchServices.Where(s => s.UserId == userId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        foreach (var id in providerIds.Distinct())
        {
            await db.Database.ExecuteSqlRawAsync(SocialSql.InsertWatchService, [userId, id], cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }
}
