using SahelBot.Discord.Models;

namespace SahelBot.Cli;

/// <summary>Answers a modal from the command line: builds the MODAL_SUBMIT interaction Discord sends when a form is filled in.</summary>
public static class ModalSubmission
{
    public static IEnumerable<string> FieldIds(InteractionResponse modal) => Inputs(modal).Select(i => i.CustomId!);

    public static Interaction Build(Interaction command, InteractionResponse modal, IReadOnlyList<string> answers, ulong interactionId)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var known = FieldIds(modal).ToHashSet(StringComparer.Ordinal);
        foreach (var answer in answers)
        {
            var equals = answer.IndexOf('=', StringComparison.Ordinal);
            var field = equals > 0 ? answer[..equals] : "";
            if (!known.Contains(field))
            {
                throw new CommandLineError($"--modal expects field=value with field one of: {string.Join(", ", known)}");
            }

            values[field] = answer[(equals + 1)..];
        }

        // Discord echoes every text input of the form inside its Label, with the value typed (empty when skipped).
        var submitted = (modal.Data?.Components ?? [])
            .Select(label => label.Child is { Type: ComponentType.TextInput } input
                ? new Component { Type = ComponentType.Label, Id = label.Id, Child = new Component { Type = ComponentType.TextInput, Id = input.Id, CustomId = input.CustomId, Value = values.GetValueOrDefault(input.CustomId!, "") } }
                : label)
            .ToList();
        return InteractionScript.FollowUp(command, InteractionType.ModalSubmit, interactionId, new InteractionData { CustomId = modal.Data?.CustomId, Components = submitted });
    }

    private static IEnumerable<Component> Inputs(InteractionResponse modal) =>
        (modal.Data?.Components ?? []).Select(c => c.Child).OfType<Component>().Where(c => c.Type == ComponentType.TextInput && c.CustomId is not null);
}
