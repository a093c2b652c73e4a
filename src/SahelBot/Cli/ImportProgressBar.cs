using System.Diagnostics;
using SahelBot.Facts.Import;

namespace SahelBot.Cli;

/// <summary>A one-line progress bar redrawn in place on a terminal (at most ten times a second).</summary>
internal sealed class ImportProgressBar(TextWriter terminal) : IProgress<ImportProgress>, IDisposable
{
    private const int Width = 30;
    private readonly Stopwatch sinceDrawn = Stopwatch.StartNew();
    private bool drawn;

    public void Report(ImportProgress value)
    {
        if (drawn && sinceDrawn.ElapsedMilliseconds < 100)
        {
            return;
        }

        var filled = (int)(value.Fraction * Width);
        terminal.Write($"\r[{new string('#', filled)}{new string('.', Width - filled)}] {value.Fraction,4:P0}  {value.Rows:N0} rows");
        terminal.Flush();
        drawn = true;
        sinceDrawn.Restart();
    }

    public void Done()
    {
        if (drawn)
        {
            terminal.WriteLine();
            drawn = false;
        }
    }

    public void Dispose() => Done();
}
