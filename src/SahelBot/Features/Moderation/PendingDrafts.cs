using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace SahelBot.Features.Moderation;

/// <summary>
/// Drafts of incidents between the command, its form and the duplicate choice, keyed by a random id carried in
/// the form's and buttons' custom_id. The options alone (a source URL may be 2048 characters) cannot fit in a
/// 100-character custom_id. They live in memory: a draft is not a fact, must never reach the shared store or
/// its exports, and is useless after the 15 minutes an interaction token lives, so a restart losing one costs a
/// moderator one retyped command.
/// </summary>
public sealed class PendingDrafts(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    private readonly ConcurrentDictionary<string, (IncidentDraft Draft, DateTimeOffset Expires)> drafts = new(StringComparer.Ordinal);

    public int Count => drafts.Count;

    public string Add(IncidentDraft draft)
    {
        var now = time.GetUtcNow();
        foreach (var stale in drafts.Where(d => d.Value.Expires <= now).Select(d => d.Key).ToList())
        {
            drafts.TryRemove(stale, out _);
        }

        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        drafts[id] = (draft, now + Lifetime);
        return id;
    }

    /// <summary>The draft, if it exists, has not expired and belongs to this user in this server.</summary>
    public IncidentDraft? Find(string id, ulong userId, ulong guildId) =>
        drafts.TryGetValue(id, out var entry) && entry.Expires > time.GetUtcNow() && entry.Draft.UserId == userId && entry.Draft.GuildId == guildId
            ? entry.Draft
            : null;

    public void Replace(string id, IncidentDraft draft)
    {
        if (drafts.TryGetValue(id, out var entry))
        {
            drafts[id] = (draft, entry.Expires);
        }
    }

    /// <summary>Removes and returns the draft; of two clicks on the same button only one gets it.</summary>
    public IncidentDraft? Take(string id, ulong userId, ulong guildId)
    {
        var draft = Find(id, userId, guildId);
        return draft is not null && drafts.TryRemove(id, out _) ? draft : null;
    }

    public void Remove(string id) => drafts.TryRemove(id, out _);
}
