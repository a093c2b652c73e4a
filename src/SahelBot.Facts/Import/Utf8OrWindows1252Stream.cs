using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace SahelBot.Facts.Import;

/// <summary>
/// Passes UTF-8 through and re-encodes every byte that is not part of a valid UTF-8 sequence as the
/// Windows-1252 character it stands for, so one pass reads modern UTF-8 exports, pre-2017 ACLED files
/// written in 1252 (0x92 curly apostrophes) and hand-edited files that mix the two. Read-only, forward-only.
/// </summary>
internal sealed class Utf8OrWindows1252Stream(Stream inner, bool leaveOpen = false) : Stream
{
    private const int ChunkSize = 64 * 1024;
    private static readonly byte[][] Windows1252AsUtf8 = BuildTable();

    private readonly byte[] input = new byte[ChunkSize + 4];
    private readonly ArrayBufferWriter<byte> converted = new();
    private int inputStart;
    private int inputEnd;
    private int validatedEnd;
    private int convertedStart;
    private bool innerDone;

    /// <summary>Bytes that were read as Windows-1252.</summary>
    public long Windows1252Bytes { get; private set; }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (true)
        {
            if (convertedStart < converted.WrittenCount)
            {
                var pending = converted.WrittenSpan[convertedStart..];
                var n = Math.Min(pending.Length, buffer.Length);
                pending[..n].CopyTo(buffer);
                convertedStart += n;
                return n;
            }

            if (inputStart < validatedEnd)
            {
                var n = Math.Min(validatedEnd - inputStart, buffer.Length);
                input.AsSpan(inputStart, n).CopyTo(buffer);
                inputStart += n;
                return n;
            }

            if (inputStart < inputEnd)
            {
                var safeEnd = innerDone ? inputEnd : CompleteEnd(input.AsSpan(inputStart, inputEnd - inputStart)) + inputStart;
                if (safeEnd > inputStart)
                {
                    var span = input.AsSpan(inputStart, safeEnd - inputStart);
                    if (Utf8.IsValid(span))
                    {
                        validatedEnd = safeEnd;
                        continue;
                    }

                    Convert(span);
                    inputStart = safeEnd;
                    continue;
                }
            }

            if (innerDone)
            {
                return 0;
            }

            Refill();
        }
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !leaveOpen)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>Where the span stops holding whole sequences: a multi-byte sequence cut by the chunk end waits for the next read.</summary>
    private static int CompleteEnd(ReadOnlySpan<byte> span)
    {
        for (var back = 1; back <= 3 && back <= span.Length; back++)
        {
            var b = span[^back];
            if (b < 0x80)
            {
                return span.Length;
            }

            if (b >= 0xC0)
            {
                var needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
                return needed > back ? span.Length - back : span.Length;
            }
        }

        return span.Length;
    }

    private void Refill()
    {
        if (inputStart > 0)
        {
            input.AsSpan(inputStart, inputEnd - inputStart).CopyTo(input);
            inputEnd -= inputStart;
            inputStart = 0;
            validatedEnd = 0;
        }

        var read = inner.Read(input, inputEnd, input.Length - inputEnd);
        if (read == 0)
        {
            innerDone = true;
        }

        inputEnd += read;
    }

    private void Convert(ReadOnlySpan<byte> span)
    {
        converted.ResetWrittenCount();
        convertedStart = 0;
        while (!span.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(span, out _, out var consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                converted.Write(span[..consumed]);
                span = span[consumed..];
                continue;
            }

            converted.Write(Windows1252AsUtf8[span[0]]);
            Windows1252Bytes++;
            span = span[1..];
        }
    }

    private static byte[][] BuildTable()
    {
        // The five bytes 1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) decode to the C1 controls, as Latin-1 does.
        var encoding = CodePagesEncodingProvider.Instance.GetEncoding(1252, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD"))
            ?? Encoding.Latin1;
        var table = new byte[256][];
        for (var b = 0; b < 256; b++)
        {
            var text = encoding.GetString([(byte)b]);
            if (text == "\uFFFD")
            {
                text = ((char)b).ToString();
            }

            table[b] = Encoding.UTF8.GetBytes(text);
        }

        return table;
    }
}
