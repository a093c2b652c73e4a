using SahelBot.Cli;

return await SahelBotCli.Build().Parse(args).InvokeAsync();
