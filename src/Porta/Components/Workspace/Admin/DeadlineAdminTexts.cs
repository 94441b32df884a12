namespace Porta.Components.Workspace.Admin;

/// <summary>Marker for DeadlineAdminTexts.resx: the texts of the calendar and SLA policy administration pages.</summary>
internal sealed class DeadlineAdminTexts;
