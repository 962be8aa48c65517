// A date as the papers write it: "22 January 2019". Worked out from the
// YYYY-MM-DD text itself, so it never depends on the reader's time zone or
// the browser's locale.
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const

/** "2019-01-22" → "22 January 2019"; text that is not a YYYY-MM-DD date is returned as it is. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined
  if (!m || !month) return iso
  return `${Number(m[3])} ${month} ${m[1]}`
}
