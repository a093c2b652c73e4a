namespace SahelBot.Cli;

/// <summary>A command line that cannot be run as typed; printed as one line on stderr with a non-zero exit.</summary>
public sealed class CommandLineError(string message) : Exception(message);
