using Porta;

var app = PortaApp.Build(args);
await app.RunAsync();

/// <summary>The entry point, public so integration tests can host the application.</summary>
public partial class Program;
