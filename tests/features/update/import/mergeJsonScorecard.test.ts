import { describe, expect, it } from 'vitest'
import { parseScorecardJson } from '../../../../src/domain/parseScorecard'
import { importFile } from '../../../../src/features/update/import/importFile'
import { loadSeedScorecard, readSeedText } from '../../../support/seedFiles'

const bytes = (text: string) => new TextEncoder().encode(text)

describe('importing JSON in the project format', () => {
  it('updates indicators by ref in place and keeps the others', async () => {
    const base = loadSeedScorecard()
    // The lead, not the title: a different title, unit or polarity is another indicator (below).
    const file = JSON.parse(readSeedText('sufficiency-scorecard-2018-19.json')) as { indicators: { ref: string; lead?: string }[] }
    file.indicators[0]!.lead = 'Sufficiency team'
    const outcome = await importFile({ name: 'sufficiency.json', bytes: bytes(JSON.stringify(file)) }, base, '2019-01-22')
    expect(outcome.summary).toMatchObject({ added: [], updated: ['S1'] })
    expect(outcome.summary!.unchanged).toHaveLength(9)
    expect(outcome.candidate!.indicators.map((i) => i.ref)).toEqual(base.indicators.map((i) => i.ref))
    expect(outcome.changes.map((c) => [c.ref, c.what, c.after])).toEqual([['S1', 'Lead', 'Sufficiency team']])
    expect(outcome.candidate!.title).toBe(base.title)
  })

  it('importing additions a second time adds nothing again, and says so', async () => {
    const base = loadSeedScorecard()
    const outcome = await importFile(
      { name: 'earlier.json', bytes: bytes(readSeedText('earlier-figures-2010-2018.json')) },
      base,
      '2019-01-22',
    )
    expect(outcome.changes).toEqual([])
    expect(outcome.entries.filter((e) => e.status === 'problem')).toEqual([])
    expect(outcome.entries.find((e) => e.ref === 'G1' && e.status === 'ignored')!.message).toMatch(
      /^\d+ items are already in the scorecard, so they are not added again\.$/,
    )
  })

  it('an addition that clashes with a different figure is a problem, and the current figure stays', async () => {
    const base = loadSeedScorecard()
    const file = JSON.parse(readSeedText('earlier-figures-2010-2018.json')) as {
      additions: { ref: string; values: { number?: number; printed?: string }[] }[]
    }
    const cell = file.additions.find((a) => a.values.length > 0)!.values[0]!
    cell.number = (cell.number ?? 0) + 1
    delete cell.printed
    const outcome = await importFile({ name: 'earlier.json', bytes: bytes(JSON.stringify(file)) }, base, '2019-01-22')
    expect(outcome.entries.filter((e) => e.status === 'problem')[0]!.message).toMatch(/already has a value for/)
    expect(outcome.changes).toEqual([])
  })

  it('a file with bad parts keeps the good parts, with each problem by ref and field', async () => {
    const base = loadSeedScorecard()
    const file = JSON.parse(readSeedText('corporate-parenting-scorecard-2018-19-q2.json')) as { indicators: Record<string, unknown>[] }
    file.indicators[1]!.polarity = 'sideways'
    const outcome = await importFile({ name: 'main.json', bytes: bytes(JSON.stringify(file)) }, base, '2019-01-22')
    expect(outcome.entries.find((e) => e.status === 'problem')).toMatchObject({ ref: 'G2', column: 'polarity' })
    // G2 is left out of the file, so the current G2 stays.
    expect(outcome.candidate!.indicators.find((i) => i.ref === 'G2')).toEqual(base.indicators.find((i) => i.ref === 'G2'))
    expect(parseScorecardJson(JSON.stringify(outcome.candidate), 'x').issues).toEqual([])
  })
})
