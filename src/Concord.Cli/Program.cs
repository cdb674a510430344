using Concord.Cli;

return await ConcordCli.RunAsync(args);
