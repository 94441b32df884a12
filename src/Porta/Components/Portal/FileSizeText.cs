namespace Porta.Components.Portal;

/// <summary>
/// A file's size as a person reads it: bytes below a kilobyte, whole kilobytes (rounded up, so a small file never
/// reads "0 KB") below a megabyte, then megabytes to one decimal. The key names the unit's text in PortalTexts.
/// </summary>
internal static class FileSizeText
{
    private const long Kilobyte = 1024;
    private const long Megabyte = 1024 * Kilobyte;

    public static (string Key, double Amount) Of(long bytes) => bytes switch
    {
        < Kilobyte => ("Size_Bytes", Math.Max(0, bytes)),
        < Megabyte => ("Size_KB", Math.Ceiling(bytes / (double)Kilobyte)),
        _ => ("Size_MB", Math.Round(bytes / (double)Megabyte, 1)),
    };
}
