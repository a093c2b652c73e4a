using System.Globalization;
using SahelBot.Discord.Models;

namespace SahelBot.Discord.Embeds;

/// <summary>
/// Fluent embed builder whose <see cref="Build"/> always yields an embed Discord accepts: texts trimmed and cut at
/// their limits, empty field texts replaced, extra fields dropped with a note, URLs Discord would refuse left out,
/// and the 6000-character total respected.
/// </summary>
public sealed class EmbedBuilder
{
    private readonly List<EmbedField> _fields = [];
    private string? _title;
    private string? _description;
    private string? _url;
    private int? _color;
    private string? _timestamp;
    private string? _footerText;
    private string? _footerIconUrl;
    private string? _authorName;
    private string? _authorUrl;
    private string? _authorIconUrl;
    private string? _imageUrl;
    private string? _thumbnailUrl;
    private string? _overflowLink;
    private Func<int, string> _droppedFieldsNote = count => $"+{count} more not shown";

    public EmbedBuilder WithTitle(string? title)
    {
        _title = title;
        return this;
    }

    public EmbedBuilder WithDescription(string? description)
    {
        _description = description;
        return this;
    }

    /// <summary>Makes the title a link; left out at build time unless an absolute http(s) URL of at most 2048 characters.</summary>
    public EmbedBuilder WithUrl(string? url)
    {
        _url = url;
        return this;
    }

    /// <summary>An RGB colour, 0x000000–0xFFFFFF.</summary>
    public EmbedBuilder WithColor(int rgb)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rgb);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rgb, EmbedLimits.MaxColor);
        _color = rgb;
        return this;
    }

    public EmbedBuilder WithTimestamp(DateTimeOffset timestamp)
    {
        _timestamp = timestamp.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffK", CultureInfo.InvariantCulture);
        return this;
    }

    public EmbedBuilder WithFooter(string text, string? iconUrl = null)
    {
        _footerText = text;
        _footerIconUrl = iconUrl;
        return this;
    }

    public EmbedBuilder WithAuthor(string name, string? url = null, string? iconUrl = null)
    {
        _authorName = name;
        _authorUrl = url;
        _authorIconUrl = iconUrl;
        return this;
    }

    /// <summary>An http(s) URL or <c>attachment://filename</c>.</summary>
    public EmbedBuilder WithImage(string url)
    {
        _imageUrl = url;
        return this;
    }

    /// <summary>An http(s) URL or <c>attachment://filename</c>.</summary>
    public EmbedBuilder WithThumbnail(string url)
    {
        _thumbnailUrl = url;
        return this;
    }

    public EmbedBuilder AddField(string name, string value, bool inline = false)
    {
        _fields.Add(new EmbedField(name ?? "", value ?? "", inline));
        return this;
    }

    /// <summary>When the description or a field value must be cut, it ends with "… [label](url)" so readers can find the rest.</summary>
    public EmbedBuilder WithOverflowLink(string url, string label)
    {
        _overflowLink = EmbedText.MarkdownLink(label, url);
        return this;
    }

    /// <summary>Wording of the footer note shown when fields had to be dropped (the bot localizes it).</summary>
    public EmbedBuilder WithDroppedFieldsNote(Func<int, string> note)
    {
        ArgumentNullException.ThrowIfNull(note);
        _droppedFieldsNote = note;
        return this;
    }

    public Embed Build()
    {
        var fields = _fields.Select(f => new EmbedField(
            OrPlaceholder(EmbedText.Fit(f.Name, EmbedLimits.FieldName)),
            OrPlaceholder(EmbedText.Fit(f.Value, EmbedLimits.FieldValue, _overflowLink)),
            f.Inline)).ToList();
        var dropped = Math.Max(0, fields.Count - EmbedLimits.Fields);
        if (dropped > 0)
        {
            fields.RemoveRange(EmbedLimits.Fields, dropped);
        }

        var embed = new Embed
        {
            Title = NullIfEmpty(EmbedText.Fit(_title, EmbedLimits.Title)),
            Description = NullIfEmpty(EmbedText.Fit(_description, EmbedLimits.Description, _overflowLink)),
            Url = IsWebUrl(_url) ? _url : null,
            Timestamp = _timestamp,
            Color = _color,
            Image = IsMediaUrl(_imageUrl) ? new EmbedMedia(_imageUrl!) : null,
            Thumbnail = IsMediaUrl(_thumbnailUrl) ? new EmbedMedia(_thumbnailUrl!) : null,
            Author = string.IsNullOrWhiteSpace(_authorName)
                ? null
                : new EmbedAuthor(
                    EmbedText.Fit(_authorName, EmbedLimits.AuthorName),
                    IsWebUrl(_authorUrl) ? _authorUrl : null,
                    IsMediaUrl(_authorIconUrl) ? _authorIconUrl : null),
            Fields = fields,
            Footer = Footer(dropped),
        };

        var excess = MessageFitter.CountCharacters(embed) - EmbedLimits.TotalCharacters;
        if (excess > 0 && embed.Description is { Length: > MessageFitter.DescriptionFloor } description)
        {
            var target = Math.Max(MessageFitter.DescriptionFloor, description.Length - excess);
            embed = embed with { Description = EmbedText.Fit(_description, target, _overflowLink) };
        }

        while (MessageFitter.CountCharacters(embed) > EmbedLimits.TotalCharacters && fields.Count > 0)
        {
            fields.RemoveAt(fields.Count - 1);
            dropped++;
            embed = embed with { Fields = fields, Footer = Footer(dropped) };
        }

        return MessageFitter.FitTotal([embed with { Fields = fields.Count > 0 ? fields : null }])[0];
    }

    private EmbedFooter? Footer(int droppedFields)
    {
        var note = droppedFields > 0 ? _droppedFieldsNote(droppedFields).Trim() : "";
        var text = (_footerText ?? "").Trim();
        if (note.Length > 0)
        {
            var separator = text.Length > 0 ? " • " : "";
            text = EmbedText.Fit(text, EmbedLimits.FooterText - separator.Length - note.Length) + separator + note;
        }

        text = EmbedText.Fit(text, EmbedLimits.FooterText);
        return text.Length == 0 ? null : new EmbedFooter(text, IsMediaUrl(_footerIconUrl) ? _footerIconUrl : null);
    }

    private static bool IsWebUrl(string? url) =>
        url is { Length: <= EmbedLimits.Url }
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static bool IsMediaUrl(string? url) =>
        IsWebUrl(url) || (url is { Length: > 13 and <= EmbedLimits.Url } && url.StartsWith("attachment://", StringComparison.Ordinal));

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private static string OrPlaceholder(string text) => text.Length == 0 ? EmbedText.EmptyPlaceholder : text;
}
