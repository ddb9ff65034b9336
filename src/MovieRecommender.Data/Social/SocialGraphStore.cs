using Microsoft.EntityFrameworkCore;
using MovieRecommender.Data.Personal;

namespace MovieRecommender.Data.Social;

/// <summary>EF Core implementation of <see cref="ISocialGraphStore"/> on the accounts database (SQLite or PostgreSQL).</summary>
public sealed class SocialGraphStore(AccountsDbContext db) : ISocialGraphStore
{
    public async Task<SocialProfile?> GetProfileAsync(string userId, CancellationToken cancellationToken = default) =>
        await db.Profiles.AsNoTracking().FirstOrDefaultAsync(p => p.UserId == userId, cancellationToken).ConfigureAwait(false);

    public async Task<SocialProfile?> FindByHandleAsync(string handle, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(handle);
        var normalized = handle.ToLowerInvariant();
        return await db.Profiles.AsNoTracking().FirstOrDefaultAsync(p => p.Handle == normalized, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ProfileSaveResult> SaveProfileAsync(string userId, string handle, string displayName, bool isPublic, DateTime at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(handle);
        var normalized = handle.ToLowerInvariant();
        if (await db.Profiles.AnyAsync(p => p.Handle == normalized && p.UserId != userId, cancellationToken).ConfigureAwait(false))
        {
            return ProfileSaveResult.HandleTaken;
        }

        var profile = await db.Profiles.FirstOrDefaultAsync(p => p.UserId == userId, cancellationToken).ConfigureAwait(false);
        if (profile is null)
        {
            db.Profiles.Add(new SocialProfile { UserId = userId, Handle = normalized, DisplayName = displayName, IsPublic = isPublic, CreatedAt = UtcTime.Of(at) });
        }
        else
        {
            profile.Handle = normalized;
            profile.DisplayName = displayName;
            profile.IsPublic = isPublic;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return ProfileSaveResult.Saved;
        }
        catch (DbUpdateException)
        {
            // Another request took the handle (or created this profile) between the check and the write.
            db.ChangeTracker.Clear();
            if (await db.Profiles.AnyAsync(p => p.Handle == normalized && p.UserId != userId, cancellationToken).ConfigureAwait(false))
            {
                return ProfileSaveResult.HandleTaken;
            }

            await db.Profiles.Where(p => p.UserId == userId).ExecuteUpdateAsync(s => s
                .SetProperty(p => p.Handle, normalized)
                .SetProperty(p => p.DisplayName, displayName)
                .SetProperty(p => p.IsPublic, isPublic), cancellationToken).ConfigureAwait(false);
            return ProfileSaveResult.Saved;
        }
    }

    public async Task<bool> CanSeeAsync(string? viewerId, SocialProfile owner, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(owner);
        if (viewerId == owner.UserId)
        {
            return true;
        }

        if (!owner.IsPublic)
        {
            return false;
        }

        return viewerId is null || !await IsBlockedEitherWayAsync(viewerId, owner.UserId, cancellationToken).ConfigureAwait(false);
    }

    public Task<bool> IsBlockedEitherWayAsync(string userId, string otherId, CancellationToken cancellationToken = default) =>
        db.Blocks.AnyAsync(b => (b.BlockerId == userId && b.BlockedId == otherId) || (b.BlockerId == otherId && b.BlockedId == userId), cancellationToken);

    public Task FollowAsync(string followerId, string followeeId, DateTime at, CancellationToken cancellationToken = default)
    {
        if (followerId == followeeId)
        {
            throw new ArgumentException("A user cannot follow themselves.", nameof(followeeId));
        }

        return db.Database.ExecuteSqlRawAsync(SocialSql.InsertFollow, [followerId, followeeId, UtcTime.Of(at)], cancellationToken);
    }

    public async Task<bool> UnfollowAsync(string followerId, string followeeId, CancellationToken cancellationToken = default) =>
        await db.Follows.Where(f => f.FollowerId == followerId && f.FolloweeId == followeeId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false) > 0;

    public Task<bool> IsFollowingAsync(string followerId, string followeeId, CancellationToken cancellationToken = default) =>
        db.Follows.AnyAsync(f => f.FollowerId == followerId && f.FolloweeId == followeeId, cancellationToken);

    public Task<PersonalPage<PersonSummary>> GetFollowingAsync(string userId, int offset, int limit, CancellationToken cancellationToken = default) =>
        PageAsync(
            from f in db.Follows
            where f.FollowerId == userId
            join p in db.Profiles on f.FolloweeId equals p.UserId
            orderby f.FollowedAt descending, p.Handle
            select new PersonSummary(p.UserId, p.Handle, p.DisplayName),
            offset, limit, cancellationToken);

    public Task<PersonalPage<PersonSummary>> GetFollowersAsync(string userId, int offset, int limit, CancellationToken cancellationToken = default) =>
        PageAsync(
            from f in db.Follows
            where f.FolloweeId == userId
            join p in db.Profiles on f.FollowerId equals p.UserId
            orderby f.FollowedAt descending, p.Handle
            select new PersonSummary(p.UserId, p.Handle, p.DisplayName),
            offset, limit, cancellationToken);

    public async Task<(int Followers, int Following)> CountFollowsAsync(string userId, CancellationToken cancellationToken = default)
    {
        var followers = await db.Follows.CountAsync(f => f.FolloweeId == userId, cancellationToken).ConfigureAwait(false);
        var following = await db.Follows.CountAsync(f => f.FollowerId == userId, cancellationToken).ConfigureAwait(false);
        return (followers, following);
    }

    public async Task BlockAsync(string blockerId, string blockedId, DateTime at, CancellationToken cancellationToken = default)
    {
        if (blockerId == blockedId)
        {
            throw new ArgumentException("A user cannot block themselves.", nameof(blockedId));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await db.Database.ExecuteSqlRawAsync(SocialSql.InsertBlock, [blockerId, blockedId, UtcTime.Of(at)], cancellationToken).ConfigureAwait(false);
        await db.Follows.Where(f => (f.FollowerId == blockerId && f.FolloweeId == blockedId) || (f.FollowerId == blockedId && f.FolloweeId == blockerId))
            .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.SharedListMembers
            .Where(m => m.Role != ListRole.Owner
                && ((m.UserId == blockedId && db.SharedLists.Any(l => l.Id == m.ListId && l.OwnerId == blockerId))
                    || (m.UserId == blockerId && db.SharedLists.Any(l => l.Id == m.ListId && l.OwnerId == blockedId))))
            .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> UnblockAsync(string blockerId, string blockedId, CancellationToken cancellationToken = default) =>
        await db.Blocks.Where(b => b.BlockerId == blockerId && b.BlockedId == blockedId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false) > 0;

    public Task<bool> HasBlockedAsync(string blockerId, string blockedId, CancellationToken cancellationToken = default) =>
        db.Blocks.AnyAsync(b => b.BlockerId == blockerId && b.BlockedId == blockedId, cancellationToken);

    public Task<PersonalPage<PersonSummary>> GetBlockedAsync(string userId, int offset, int limit, CancellationToken cancellationToken = default) =>
        PageAsync(
            from b in db.Blocks
            where b.BlockerId == userId
            join p in db.Profiles on b.BlockedId equals p.UserId
            orderby b.BlockedAt descending, p.Handle
            select new PersonSummary(p.UserId, p.Handle, p.DisplayName),
            offset, limit, cancellationToken);

    private static async Task<PersonalPage<PersonSummary>> PageAsync(IQueryable<PersonSummary> query, int offset, int limit, CancellationToken cancellationToken)
    {
        var total = await query.CountAsync(cancellationToken).ConfigureAwait(false);
        var items = await query.Skip(offset).Take(limit).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new PersonalPage<PersonSummary>(items, total, offset);
    }
}
