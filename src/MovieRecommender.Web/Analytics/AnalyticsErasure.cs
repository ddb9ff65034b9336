using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using MovieRecommender.Analytics;

namespace MovieRecommender.Web.Analytics;

/// <summary>
/// Forgets a deleted account's analytics: the stored rows recorded while it was signed in (its hashed subject), and,
/// for a while, the events of that subject still waiting in the queue, which the writer then drops instead of storing
/// after the delete. Rows recorded before sign-in carry the visitor cookie's subject, which names no account.
/// </summary>
public sealed class AnalyticsErasure(AnalyticsDbContextFactory databases, TimeProvider timeProvider)
{
    // Queued events reach the writer within seconds (or are dropped at shutdown); this is far longer.
    private static readonly TimeSpan QueuedEventsWindow = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<string, DateTimeOffset> _erasedUntil = new(StringComparer.Ordinal);

    /// <summary>Deletes the user's stored events; returns how many rows were deleted.</summary>
    public async Task<int> EraseUserAsync(string userId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var subject = AnalyticsSubject.StoredKey(AnalyticsSubject.ForUser(userId));
        var now = timeProvider.GetUtcNow();
        foreach (var expired in _erasedUntil.Where(e => e.Value <= now))
        {
            _erasedUntil.TryRemove(expired);
        }

        // Before the delete, so an event the writer stores meanwhile is either deleted below or dropped later.
        _erasedUntil[subject] = now + QueuedEventsWindow;
        await databases.EnsureMigratedAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        var context = databases.CreateDbContext();
        await using (context.ConfigureAwait(false))
        {
            return await context.Events.Where(e => e.Subject == subject).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>True for an event of an account deleted in the last minutes: the writer drops it.</summary>
    public bool IsErased(string? storedSubject) =>
        storedSubject is not null && !_erasedUntil.IsEmpty
        && _erasedUntil.TryGetValue(storedSubject, out var until) && until > timeProvider.GetUtcNow();
}
