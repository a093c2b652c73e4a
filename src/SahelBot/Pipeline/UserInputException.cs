using SahelBot.Localization;

namespace SahelBot.Pipeline;

/// <summary>Bad input from the person who invoked a command; the router turns it into a short ephemeral reply in their language.</summary>
public sealed class UserInputException(Func<Texts, string> message) : Exception("User input rejected")
{
    public string Describe(Texts texts) => message(texts);
}
