using SahelBot.Facts.Writes;
using SahelBot.Pipeline;

namespace SahelBot.Features.Moderation;

/// <summary>Turns a refused write into the router's private refusal, worded in the reader's language.</summary>
public static class WriteRefusals
{
    public static UserInputException ToUserInput(FactWriteException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new UserInputException(t => t.WriteRefused(error.Error, error.Subject, error.Detail));
    }
}
