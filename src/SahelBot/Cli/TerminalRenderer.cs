using System.Text;
using System.Text.RegularExpressions;
using SahelBot.Discord.Models;

namespace SahelBot.Cli;

/// <summary>Prints an interaction response the way a reader would take it in, with Markdown links spelled out.</summary>
public static partial class TerminalRenderer
{
    public static string Render(InteractionResponse response)
    {
        var output = new StringBuilder();
        var data = response.Data;
        if (response.Type == InteractionCallbackType.ApplicationCommandAutocompleteResult)
        {
            foreach (var choice in data?.Choices ?? [])
            {
                output.AppendLine($"{choice.Name}  →  {choice.Value}");
            }

            return output.ToString();
        }

        if (data?.Flags is { } flags && flags.HasFlag(MessageFlags.Ephemeral))
        {
            output.AppendLine("(only you can see this)");
        }

        if (!string.IsNullOrEmpty(data?.Content))
        {
            output.AppendLine(Plain(data.Content));
        }

        foreach (var embed in data?.Embeds ?? [])
        {
            AppendEmbed(output, embed);
        }

        var buttons = (data?.Components ?? []).SelectMany(row => row.Components ?? []).Where(c => c.Type == ComponentType.Button).ToList();
        if (buttons.Count > 0)
        {
            output.AppendLine(string.Join("  ", buttons.Select(b => b.Disabled == true ? $"( {b.Label} )" : $"[ {b.Label} ]")));
        }

        return output.ToString();
    }

    private static void AppendEmbed(StringBuilder output, Embed embed)
    {
        if (embed.Title is not null)
        {
            output.AppendLine($"━━ {Plain(embed.Title)} ━━");
        }

        if (embed.Url is not null)
        {
            output.AppendLine(embed.Url);
        }

        if (!string.IsNullOrEmpty(embed.Description))
        {
            output.AppendLine(Plain(embed.Description));
        }

        foreach (var field in embed.Fields ?? [])
        {
            output.AppendLine($"▸ {Plain(field.Name)}");
            foreach (var line in Plain(field.Value).Split('\n'))
            {
                output.AppendLine($"  {line}");
            }
        }

        if (embed.Image?.Url is { } image)
        {
            output.AppendLine($"[image: {image}]");
        }

        if (embed.Footer?.Text is { } footer)
        {
            output.AppendLine($"— {Plain(footer)}");
        }

        output.AppendLine();
    }

    /// <summary>"[1](https://a)" becomes "[1] https://a"; escapes and bold markers are dropped.</summary>
    public static string Plain(string markdown)
    {
        var text = LinkPattern().Replace(markdown, "[$1] $2");
        text = text.Replace("**", "", StringComparison.Ordinal);
        return EscapePattern().Replace(text, "$1");
    }

    [GeneratedRegex(@"\[((?:\\.|[^\]\\])+)\]\(([^)\s]+)\)")]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"\\([\\*_~`|>\[\]()#<@:])")]
    private static partial Regex EscapePattern();
}
