// Every address in the app, built here and nowhere else (as bulletproof-react's
// config/paths.ts does): the route table reads `path`, links and navigation
// call `href`, so a renamed route or parameter is one edit. Refs, cohorts and
// section ids come from data files, so every value is encoded here, once.
// Plain TypeScript with no browser globals: the build's prerender step reads it too.

/**
 * Query parameters, written in this order; undefined, null and '' are left
 * out. A list is joined by commas, each item encoded (so "&" or "#" in an
 * item cannot end the parameter): ?refs=P3.16,P3.17 stays readable.
 */
type Query = Record<string, string | number | readonly string[] | null | undefined>

/** The period travels between views (as the main navigation does); without one a view shows its default. */
export type PeriodQuery = { period?: string | null | undefined }

export type ScorecardQuery = PeriodQuery & { section?: string | undefined; cohort?: string | undefined }

export type PresentQuery = PeriodQuery & {
  /** The deck to show; without one, the deck chooser. */
  deck?: string | undefined
  /** A hand-picked deck's refs, in order. */
  refs?: readonly string[] | undefined
  /** 1-based. */
  slide?: number | undefined
}

/**
 * One path segment from data. encodeURIComponent escapes "/", "?", "#", "%"
 * and spaces, so "A/B" stays one segment; it leaves "." alone, so a ref that is
 * only dots ("." or "..") has them escaped too, or a router would read it as
 * "this folder" or "up one". (Browsers still resolve %2E segments themselves,
 * so such a ref has no working address in a real browser; none is used.)
 */
function pathSegment(value: string): string {
  return /^\.+$/.test(value) ? value.replace(/\./g, '%2E') : encodeURIComponent(value)
}

/** /compare's state: the council (LA number), the neighbour model, the theme, the search and the sort. */
export type CompareQuery = {
  la?: number | string | null | undefined
  /** The statistical-neighbour model; left out for the default (2025). */
  model?: string | null | undefined
  theme?: string | null | undefined
  q?: string | null | undefined
  sort?: string | null | undefined
}

/** /compare/<measure>'s state: the council, the neighbour model, whether each neighbour's line is drawn, the table's sort. */
export type CompareMeasureQuery = Pick<CompareQuery, 'la' | 'model'> & {
  lines?: string | null | undefined
  order?: string | null | undefined
}

function queryString(query: Query): string {
  const pairs = Object.entries(query)
    .filter(
      (entry): entry is [string, string | number | readonly string[]] => entry[1] !== undefined && entry[1] !== null && entry[1] !== '',
    )
    .map(([name, value]) => {
      const text = typeof value === 'object' ? value.map(encodeURIComponent).join(',') : encodeURIComponent(String(value))
      return `${encodeURIComponent(name)}=${text}`
    })
  return pairs.length > 0 ? `?${pairs.join('&')}` : ''
}

function periodOnly(path: string) {
  return { path, href: ({ period }: PeriodQuery = {}) => `${path}${queryString({ period })}` }
}

export const paths = {
  overview: periodOnly('/'),
  scorecard: {
    path: '/scorecard',
    href: ({ period, section, cohort }: ScorecardQuery = {}) => `/scorecard${queryString({ period, section, cohort })}`,
  },
  indicator: {
    path: '/indicator/:ref',
    href: (ref: string, { period }: PeriodQuery = {}) => `/indicator/${pathSegment(ref)}${queryString({ period })}`,
  },
  cohort: {
    path: '/cohort/:cohort',
    href: (cohort: string, { period }: PeriodQuery = {}) => `/cohort/${pathSegment(cohort)}${queryString({ period })}`,
  },
  present: {
    path: '/present',
    href: ({ deck, refs, slide, period }: PresentQuery = {}) => `/present${queryString({ deck, refs, slide, period })}`,
  },
  annualReport: periodOnly('/annual-report'),
  printPack: periodOnly('/print'),
  update: periodOnly('/update'),
  compare: {
    path: '/compare',
    href: ({ la, model, theme, q, sort }: CompareQuery = {}) => `/compare${queryString({ la, model, theme, q, sort })}`,
  },
  compareMeasure: {
    path: '/compare/:measure',
    // Measure codes carry %, spaces and commas ("LAC_LongStable%"): encoded as one segment here.
    href: (measure: string, { la, model, lines, order }: CompareMeasureQuery = {}) =>
      `/compare/${pathSegment(measure)}${queryString({ la, model, lines, order })}`,
  },
} as const

/**
 * Where a page was opened from, carried in the router state of the link that
 * opened it, so the page's "Back to …" link can name that page and return to
 * it as the person left it. Only the app's own links set it: a page opened
 * from a bookmark or a new tab has none, and says where "back" goes itself.
 */
export type CameFrom = {
  /** The page, as "Back to …" ends: "overview", "what needs attention", "scorecard". */
  label: string
  /** Its address, for a new tab, and for going there when history cannot. */
  href: string
  /** How many history entries back it is: 1 when opened from it; one more for each page moved on to since (the next indicator, another period). */
  steps: number
}

export type FromState = { from: CameFrom }

/** The router state for a link on the page named `label` at `href`. */
export function linkedFrom(label: string, href: string): FromState {
  return { from: { label, href, steps: 1 } }
}

/** The page a location's state says it was opened from; undefined when there is none, or it is not ours. */
export function cameFrom(state: unknown): CameFrom | undefined {
  const from = (state as { from?: unknown } | null | undefined)?.from
  if (!from || typeof from !== 'object') return undefined
  const { label, href, steps } = from as Record<string, unknown>
  if (typeof label !== 'string' || label === '' || typeof href !== 'string') return undefined
  // Only an address in this app: never another site's ("//host").
  if (!href.startsWith('/') || href.startsWith('//')) return undefined
  if (typeof steps !== 'number' || !Number.isInteger(steps) || steps < 1) return undefined
  return { label, href, steps }
}

/** The state for a page moved on to from this one (the next indicator, another period): one step further from where it was opened. */
export function onwardFrom(state: unknown): FromState | undefined {
  const from = cameFrom(state)
  return from ? { from: { ...from, steps: from.steps + 1 } } : undefined
}
