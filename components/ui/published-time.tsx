// A date people can read, with the machine-readable value in datetime; with the time of day (UTC) where
// it matters (a scheduled article, a revision).
const formatter = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const withTimeFormatter = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });

export function PublishedTime({ date, className, withTime = false }: { date: Date; className?: string; withTime?: boolean }) {
  return (
    <time dateTime={date.toISOString()} className={className}>
      {withTime ? `${withTimeFormatter.format(date)} UTC` : formatter.format(date)}
    </time>
  );
}
