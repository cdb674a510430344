using Concord.Web.Hosting;

return await NodeProgram.RunAsync(args);

/// <summary>The web node's entry point (also the anchor for WebApplicationFactory in tests).</summary>
public partial class Program;
