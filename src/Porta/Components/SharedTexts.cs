namespace Porta.Components;

/// <summary>Marker for SharedTexts.resx: texts every page shares (skip link, language names, footer).</summary>
internal sealed class SharedTexts;
