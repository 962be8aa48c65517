// Deterministic synthetic scorecards for fault tests and benchmarks: N
// indicators × P quarters, with a realistic mix of polarities, targets,
// suppressed and missing cells, comparators and commentary. In scripts/lib
// because the bench (scripts/bench) and the tests both build them, and
// scripts never import tests.
import { quarterPeriod } from '../../src/domain/financialYear'
import { FORMAT_ID, type Indicator, type Period, type Scorecard, type ValueCell } from '../../src/domain/scorecardSchema'

/** Consecutive quarters from Q1 2016-17. */
export function quarters(count: number): Period[] {
  return Array.from({ length: count }, (_, i) => quarterPeriod(2016 + Math.floor(i / 4), ((i % 4) + 1) as 1 | 2 | 3 | 4))
}

/** A small seeded generator (mulberry32), so every run builds the same data. */
function random(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const SECTIONS = ['general', 'pledge-1', 'pledge-2', 'pledge-3', 'pledge-4', 'pledge-5'] as const
const COHORT_SETS: Indicator['cohorts'][] = [
  ['cared-for-children'],
  ['care-leavers'],
  ['cared-for-children', 'sufficiency'],
  ['cared-for-children', 'health'],
]
const POLARITIES: Indicator['polarity'][] = ['high-is-good', 'low-is-good', 'none']
const LEADS = ['Jacqui Hall', 'Laura Rogerson', 'Sam Ankers', 'Kerry Birtles', 'BI Team']

export function syntheticScorecard(indicatorCount: number, periodCount = 40, seed = 1): Scorecard {
  const rand = random(seed)
  const periods: Period[] = quarters(periodCount)
  const source = { doc: 'synthetic', line: 1 }
  const indicators: Indicator[] = Array.from({ length: indicatorCount }, (_, i) => {
    const section = SECTIONS[i % SECTIONS.length]!
    const percent = i % 3 !== 0
    const base = percent ? 40 + rand() * 50 : Math.round(20 + rand() * 400)
    const values: ValueCell[] = periods.map((p, j) => {
      const r = rand()
      if (r < 0.03) return { period: p.id, kind: 'suppressed', printed: 'Suppressed', source }
      if (r < 0.06) return { period: p.id, kind: 'not-reported', printed: '', source }
      const raw = base + (rand() - 0.5) * (percent ? 10 : base * 0.2) + j * 0.1
      const number = percent ? Math.min(100, Math.max(0, Math.round(raw))) : Math.max(0, Math.round(raw))
      return { period: p.id, kind: 'number', number, printed: percent ? `${number}%` : String(number), source }
    })
    const indicator: Indicator = {
      ref: `${section === 'general' ? 'G' : `P${section.slice(-1)}.`}${Math.floor(i / SECTIONS.length) + 1}`,
      title: `Synthetic indicator ${i + 1}: ${percent ? '% of children' : 'number of children'} in measure ${i % 97}`,
      section,
      cohorts: COHORT_SETS[i % COHORT_SETS.length]!,
      lead: LEADS[i % LEADS.length]!,
      polarity: POLARITIES[i % POLARITIES.length]!,
      unit: percent ? 'percent' : 'count',
      frequency: 'quarterly',
      source,
      values,
      comparators: i % 4 === 0 ? [{ kind: 'england', number: Math.round(base), printed: String(Math.round(base)), source }] : [],
      commentary: [
        {
          period: periods.at(-1)!.id,
          text: `Commentary for indicator ${i + 1}: performance this quarter reflects the cohort size.`,
          source,
        },
      ],
      notes: [],
      reported: [],
    }
    if (i % 2 === 0) indicator.target = { kind: 'number', value: Math.round(base) }
    return indicator
  })
  return {
    format: FORMAT_ID,
    authority: 'Synthetic Borough Council',
    title: `Synthetic scorecard (${indicatorCount} indicators × ${periodCount} periods)`,
    reportingYear: periods.at(-1)!.label.split(' ').at(-1)!,
    documents: [{ id: 'synthetic', title: 'Generated for benchmarks and fault tests' }],
    periods,
    sections: SECTIONS.map((id, n) => ({
      id,
      title: n === 0 ? 'General' : `Priority ${n}`,
      kind: n === 0 ? ('general' as const) : ('pledge' as const),
      ...(n > 0 ? { number: n } : {}),
    })),
    indicators,
    additions: [],
  }
}
