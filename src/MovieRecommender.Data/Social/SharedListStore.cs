using Microsoft.EntityFrameworkCore;
using MovieRecommender.Data.Personal;

namespace MovieRecommender.Data.Social;

/// <summary>EF Core implementation of <see cref="ISharedListStore"/>.</summary>
public sealed class SharedListStore(AccountsDbContext db) : ISharedListStore
{
    public async Task<SharedList> CreateAsync(string ownerId, string name, bool isPublic, DateTime at, CancellationToken cancellationToken = default)
    {
        var list = new SharedList { Id = Guid.NewGuid(), OwnerId = ownerId, Name = name, IsPublic = isPublic, InviteToken = InviteTokens.New(), CreatedAt = UtcTime.Of(at) };
        db.SharedLists.Add(list);
        db.SharedListMembers.Add(new SharedListMember { ListId = list.Id, UserId = ownerId, Role = ListRole.Owner, JoinedAt = list.CreatedAt });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        return list;
    }

    public Task<int> CountOwnedAsync(string ownerId, CancellationToken cancellationToken = default) =>
        db.SharedLists.CountAsync(l => l.OwnerId == ownerId, cancellationToken);

    public async Task<IReadOnlyList<ListSummary>> GetListsOfAsync(string userId, CancellationToken cancellationToken = default) =>
        await (from m in db.SharedListMembers
               where m.UserId == userId
               join l in db.SharedLists on m.ListId equals l.Id
               orderby l.CreatedAt descending
               select new ListSummary(l.Id, l.Name, l.IsPublic, m.Role,
                   db.SharedListFilms.Count(f => f.ListId == l.Id),
                   db.SharedListMembers.Count(o => o.ListId == l.Id),
                   l.CreatedAt))
            .ToListAsync(cancellationToken).ConfigureAwait(false);

    public async Task<SharedList?> FindAsync(Guid listId, CancellationToken cancellationToken = default) =>
        await db.SharedLists.AsNoTracking().FirstOrDefaultAsync(l => l.Id == listId, cancellationToken).ConfigureAwait(false);

    public async Task<SharedList?> FindByInviteAsync(string inviteToken, CancellationToken cancellationToken = default) =>
        InviteTokens.IsWellFormed(inviteToken)
            ? await db.SharedLists.AsNoTracking().FirstOrDefaultAsync(l => l.InviteToken == inviteToken, cancellationToken).ConfigureAwait(false)
            : null;

    public async Task<ListRole?> GetRoleAsync(Guid listId, string userId, CancellationToken cancellationToken = default) =>
        await db.SharedListMembers.Where(m => m.ListId == listId && m.UserId == userId).Select(m => (ListRole?)m.Role)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<ListMemberEntry>> GetMembersAsync(Guid listId, CancellationToken cancellationToken = default) =>
        await (from m in db.SharedListMembers
               where m.ListId == listId
               join p in db.Profiles on m.UserId equals p.UserId into profiles
               from p in profiles.DefaultIfEmpty()
               orderby m.Role, m.JoinedAt
               select new ListMemberEntry(m.UserId, p == null ? null : p.Handle, p == null ? null : p.DisplayName, m.Role, m.JoinedAt))
            .ToListAsync(cancellationToken).ConfigureAwait(false);

    public Task<int> CountMembersAsync(Guid listId, CancellationToken cancellationToken = default) =>
        db.SharedListMembers.CountAsync(m => m.ListId == listId, cancellationToken);

    public async Task<PersonalPage<SharedListFilm>> GetFilmsAsync(Guid listId, int offset, int limit, CancellationToken cancellationToken = default)
    {
        var query = db.SharedListFilms.AsNoTracking().Where(f => f.ListId == listId);
        var total = await query.CountAsync(cancellationToken).ConfigureAwait(false);
        var items = await query.OrderByDescending(f => f.AddedAt).ThenBy(f => f.MovieId).Skip(offset).Take(limit).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new PersonalPage<SharedListFilm>(items, total, offset);
    }

    public Task<int> CountFilmsAsync(Guid listId, CancellationToken cancellationToken = default) =>
        db.SharedListFilms.CountAsync(f => f.ListId == listId, cancellationToken);

    public Task AddFilmAsync(Guid listId, int movieId, string addedById, DateTime at, CancellationToken cancellationToken = default) =>
        db.Database.ExecuteSqlRawAsync(SocialSql.InsertListFilm, [listId, movieId, addedById, UtcTime.Of(at)], cancellationToken);

    public async Task<bool> RemoveFilmAsync(Guid listId, int movieId, CancellationToken cancellationToken = default) =>
        await db.SharedListFilms.Where(f => f.ListId == listId && f.MovieId == movieId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false) > 0;

    public Task UpdateAsync(Guid listId, string name, bool isPublic, CancellationToken cancellationToken = default) =>
        db.SharedLists.Where(l => l.Id == listId)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Name, name).SetProperty(l => l.IsPublic, isPublic), cancellationToken);

    public async Task<bool> DeleteAsync(Guid listId, CancellationToken cancellationToken = default) =>
        await db.SharedLists.Where(l => l.Id == listId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false) > 0;

    public async Task<string> RenewInviteAsync(Guid listId, CancellationToken cancellationToken = default)
    {
        var token = InviteTokens.New();
        await db.SharedLists.Where(l => l.Id == listId).ExecuteUpdateAsync(s => s.SetProperty(l => l.InviteToken, token), cancellationToken).ConfigureAwait(false);
        return token;
    }

    public Task JoinAsync(Guid listId, string userId, DateTime at, CancellationToken cancellationToken = default) =>
        db.Database.ExecuteSqlRawAsync(SocialSql.InsertMember, [listId, userId, (int)ListRole.Member, UtcTime.Of(at)], cancellationToken);

    public async Task<bool> RemoveMemberAsync(Guid listId, string userId, CancellationToken cancellationToken = default) =>
        await db.SharedListMembers.Where(m => m.ListId == listId && m.UserId == userId && m.Role != ListRole.Owner)
            .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false) > 0;
}
