namespace Porta.Components.Portal;

/// <summary>Marker for PortalTexts.resx: the citizen portal's texts in fr, nl, de and en.</summary>
internal sealed class PortalTexts;
