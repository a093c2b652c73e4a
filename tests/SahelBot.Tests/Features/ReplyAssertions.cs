using SahelBot.Discord.Embeds;
using SahelBot.Discord.Models;
using SahelBot.Pipeline;

namespace SahelBot.Tests.Features;

/// <summary>Checks every reply must pass: no pings, within Discord's embed limits, and the text a reader would see.</summary>
public static class ReplyAssertions
{
    public static string AllText(InteractionResponse response)
    {
        var data = response.Data!;
        var parts = new List<string?> { data.Content };
        foreach (var embed in data.Embeds ?? [])
        {
            parts.Add(embed.Title);
            parts.Add(embed.Description);
            parts.Add(embed.Footer?.Text);
            parts.AddRange((embed.Fields ?? []).SelectMany(f => new[] { f.Name, f.Value }));
        }

        return string.Join('\n', parts.Where(p => p is not null));
    }

    public static InteractionResponse Answered(RoutedResponse routed)
    {
        Assert.False(routed.Refused, routed.Response.Data?.Content);
        AssertSafe(routed.Response);
        return routed.Response;
    }

    public static string Refusal(RoutedResponse routed)
    {
        Assert.True(routed.Refused);
        Assert.Equal(MessageFlags.Ephemeral, routed.Response.Data!.Flags);
        AssertSafe(routed.Response);
        return routed.Response.Data.Content!;
    }

    public static void AssertSafe(InteractionResponse response)
    {
        var data = response.Data!;
        Assert.NotNull(data.AllowedMentions);
        Assert.Empty(data.AllowedMentions.Parse!);
        var embeds = data.Embeds ?? [];
        Assert.True(embeds.Count <= EmbedLimits.EmbedsPerMessage);
        var total = 0;
        foreach (var embed in embeds)
        {
            Assert.True((embed.Title?.Length ?? 0) <= EmbedLimits.Title);
            Assert.True((embed.Description?.Length ?? 0) <= EmbedLimits.Description);
            Assert.True((embed.Fields?.Count ?? 0) <= EmbedLimits.Fields);
            foreach (var field in embed.Fields ?? [])
            {
                Assert.InRange(field.Name.Length, 1, EmbedLimits.FieldName);
                Assert.InRange(field.Value.Length, 1, EmbedLimits.FieldValue);
                total += field.Name.Length + field.Value.Length;
            }

            total += (embed.Title?.Length ?? 0) + (embed.Description?.Length ?? 0) + (embed.Footer?.Text.Length ?? 0) + (embed.Author?.Name.Length ?? 0);
        }

        Assert.True(total <= EmbedLimits.TotalCharacters, $"embeds total {total} characters");
    }
}
