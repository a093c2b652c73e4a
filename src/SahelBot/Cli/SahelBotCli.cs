using System.CommandLine;

namespace SahelBot.Cli;

/// <summary>The <c>sahelbot</c> command line: exec, run, db and commands verbs.</summary>
public static class SahelBotCli
{
    public static RootCommand Build()
    {
        var database = new Option<string?>("--db") { Description = "Path of the fact store (default: $SAHELBOT_DB, else ./facts.db)", Recursive = true };
        var root = new RootCommand("SahelBot: cited facts about security in the Sahel, on Discord and in the terminal") { database };
        root.Subcommands.Add(ExecVerb.Create(database));
        root.Subcommands.Add(DbVerb.Create(database));
        root.Subcommands.Add(RunVerb.Create(database));
        root.Subcommands.Add(RunVerb.CreateHealth());
        root.Subcommands.Add(CommandsVerb.Create(database));
        root.Subcommands.Add(ImportVerb.Create(database));
        root.Subcommands.Add(DeliveriesVerb.Create(database));
        return root;
    }
}
