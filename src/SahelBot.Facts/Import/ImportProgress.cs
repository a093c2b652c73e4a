namespace SahelBot.Facts.Import;

/// <summary>How far an import has got: bytes of the file read (of <paramref name="TotalBytes"/>) and rows read.</summary>
public sealed record ImportProgress(long BytesRead, long TotalBytes, long Rows)
{
    public double Fraction => TotalBytes <= 0 ? 0 : Math.Clamp((double)BytesRead / TotalBytes, 0, 1);
}
