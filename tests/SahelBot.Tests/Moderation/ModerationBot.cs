using System.Globalization;
using Microsoft.Data.Sqlite;
using SahelBot.Cli;
using SahelBot.Discord.Models;
using SahelBot.Pipeline;
using SahelBot.Tests.Support;

namespace SahelBot.Tests.Moderation;

/// <summary>
/// The real service graph over a private facts.db copy, configured with one curator server and one ordinary
/// server (with a moderator role), and interactions sent as a given member, DM, form answer or button click.
/// </summary>
public sealed class ModerationBot : IDisposable
{
    public const ulong CuratorGuild = 800_000_000_000_000_001UL;
    public const ulong OtherGuild = 800_000_000_000_000_002UL;
    public const ulong ModeratorRole = 800_000_000_000_000_099UL;
    public const ulong Moderator = 700_000_000_000_000_001UL;
    public const string ManageMessages = "8192";
    public const string Administrator = "8";
    public const string Member = "2147486720";

    private readonly BotUnderTest _bot = new(new Dictionary<string, string?>
    {
        ["Facts:CuratorGuildIds:0"] = CuratorGuild.ToString(CultureInfo.InvariantCulture),
        [$"Facts:ModeratorRoles:{OtherGuild}:0"] = ModeratorRole.ToString(CultureInfo.InvariantCulture),
    });

    public InteractionRouter Router => _bot.Router;

    public string DatabasePath => _bot.DatabasePath;

    public T Get<T>()
        where T : notnull => _bot.Get<T>();

    /// <summary>A slash command as a member of <paramref name="guild"/> (null = a DM) with these permission bits and roles.</summary>
    public Interaction Command(string text, ulong? guild = CuratorGuild, string permissions = ManageMessages, IReadOnlyList<ulong>? roles = null, string locale = "en-US")
    {
        var interaction = _bot.Command(text, new Invoker(Moderator, guild, guild is null ? null : permissions, 2), locale);
        return roles is not null && interaction.Member is { } member
            ? BotUnderTest.RoundTrip(With(interaction, new GuildMember { User = member.User, Roles = roles, Permissions = member.Permissions }))
            : interaction;
    }

    public Task<RoutedResponse> RunAsync(Interaction interaction) => _bot.RunAsync(interaction);

    public Task<RoutedResponse> RunAsync(string text, ulong? guild = CuratorGuild, string permissions = ManageMessages, string locale = "en-US") =>
        RunAsync(Command(text, guild, permissions, locale: locale));

    /// <summary>Runs a command that opens a form and submits the form with these answers (as the same member).</summary>
    public Task<RoutedResponse> SubmitAsync(Interaction command, InteractionResponse form, params string[] answers) =>
        RunAsync(BotUnderTest.RoundTrip(ModalSubmission.Build(command, form, answers, _bot.NextId())));

    public Task<RoutedResponse> ClickAsync(Interaction command, string customId) =>
        RunAsync(BotUnderTest.RoundTrip(InteractionScript.Click(command, customId, _bot.NextId())));

    /// <summary>Every row of every table, sorted: two equal dumps mean nothing was written.</summary>
    public string Dump()
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _bot.DatabasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var dump = new System.Text.StringBuilder();
        foreach (var table in tables)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            using var reader = command.ExecuteReader();
            var rows = new List<string>();
            while (reader.Read())
            {
                rows.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
            }

            rows.Sort(StringComparer.Ordinal);
            dump.Append("## ").AppendLine(table).AppendJoin('\n', rows).AppendLine();
        }

        return dump.ToString();
    }

    public long Scalar(string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _bot.DatabasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar() ?? 0L, CultureInfo.InvariantCulture);
    }

    public void Dispose() => _bot.Dispose();

    private static Interaction With(Interaction i, GuildMember member) => new()
    {
        Id = i.Id,
        ApplicationId = i.ApplicationId,
        Type = i.Type,
        Token = i.Token,
        Version = i.Version,
        Locale = i.Locale,
        GuildId = i.GuildId,
        GuildLocale = i.GuildLocale,
        ChannelId = i.ChannelId,
        Member = member,
        Context = i.Context,
        AppPermissions = i.AppPermissions,
        Data = i.Data,
    };
}
