/** "22 Jan 2019, 10:32": when a version or draft was saved, in the user's own time zone. */
export function formatSavedAt(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })
}
