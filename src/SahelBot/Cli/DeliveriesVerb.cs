using System.CommandLine;
using System.Globalization;
using System.Text;
using SahelBot.Facts;
using SahelBot.Facts.Subscriptions;
using SahelBot.Hosting;

namespace SahelBot.Cli;

/// <summary><c>sahelbot deliveries [--pending|--failed]</c>: what the sender has posted, is about to post, or gave up on, and why.</summary>
public static class DeliveriesVerb
{
    public static Command Create(Option<string?> database)
    {
        var pending = new Option<bool>("--pending") { Description = "Only deliveries not yet posted (queued, in flight, or held by a paused channel)" };
        var failed = new Option<bool>("--failed") { Description = "Only deliveries that failed for good, with Discord's reason" };
        var limit = new Option<int>("--limit") { Description = "At most this many rows, newest first", DefaultValueFactory = _ => 50 };
        var command = new Command("deliveries", "List subscription deliveries and their state") { pending, failed, limit };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = DatabaseLocator.Locate(parse.GetValue(database));
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"sahelbot: fact store not found at {path}");
                return 2;
            }

            if (parse.GetValue(limit) < 1)
            {
                Console.Error.WriteLine("sahelbot: --limit must be 1 or more");
                return 2;
            }

            var states = new List<string>();
            if (parse.GetValue(pending))
            {
                states.AddRange(["pending", "sending"]);
            }

            if (parse.GetValue(failed))
            {
                states.Add("failed");
            }

            var queue = new DeliveryQueue(new FactStore(path), TimeProvider.System);
            var rows = await queue.ListAsync(states, parse.GetValue(limit), cancellationToken);
            Console.Out.Write(Render(rows));
            return 0;
        });
        return command;
    }

    public static string Render(IReadOnlyList<DeliveryListing> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            return "no deliveries\n";
        }

        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.Append(CultureInfo.InvariantCulture, $"#{row.Id} {row.IncidentId} → channel {row.ChannelId}: {row.State}, {row.Attempts} attempt(s)");
            if (row.PostedAt is not null)
            {
                text.Append(CultureInfo.InvariantCulture, $", message {row.MessageId} at {row.PostedAt}");
            }
            else if (row.NextAttemptAt is not null && row.State == "pending")
            {
                text.Append(CultureInfo.InvariantCulture, $", next attempt {row.NextAttemptAt}");
            }

            if (row.LastError is not null)
            {
                text.Append(CultureInfo.InvariantCulture, $", last error {row.LastErrorCode}: {row.LastError}");
            }

            if (row.SubscriptionState != SubscriptionState.Active)
            {
                text.Append(CultureInfo.InvariantCulture, $" [channel {row.SubscriptionState.Replace('_', ' ')}{(row.SubscriptionReason is null ? "" : ": " + row.SubscriptionReason)}]");
            }

            text.Append('\n');
        }

        return text.ToString();
    }
}
