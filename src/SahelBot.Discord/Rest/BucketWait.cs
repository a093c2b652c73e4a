namespace SahelBot.Discord.Rest;

/// <summary>Why a request must wait: a known delay, or the next update of a bucket whose limits are not known yet.</summary>
internal sealed record BucketWait(TimeSpan? Delay, Task? NextUpdate);
