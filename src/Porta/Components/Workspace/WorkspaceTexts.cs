namespace Porta.Components.Workspace;

/// <summary>Marker for WorkspaceTexts.resx: every text of the agents' workspace and administration pages.</summary>
internal sealed class WorkspaceTexts;
