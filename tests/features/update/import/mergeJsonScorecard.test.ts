import { readFileSync } from 'node:fs'
import { join } from 'node:path'
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

  it("another council's file (its authority) is never merged; the officer may start a new scorecard from it", async () => {
    const base = loadSeedScorecard()
    const example = readFileSync(join(__dirname, '../../../../docs/example-scorecard.json'))
    const outcome = await importFile({ name: 'example.json', bytes: new Uint8Array(example) }, base, '2019-01-22')
    expect(outcome.otherCouncil).toEqual({ name: 'Example Borough Council', from: 'authority' })
    expect([outcome.candidate, outcome.changes]).toEqual([null, []])
    const started = await importFile({ name: 'example.json', bytes: new Uint8Array(example) }, base, '2019-01-22', { startNew: true })
    expect(started.startsNew).toBe(true)
    expect(started.candidate!.authority).toBe('Example Borough Council')
    // The file alone: none of the scorecard in use comes with it.
    const alone = parseScorecardJson(example.toString('utf8'), 'example.json').scorecard!
    expect(started.candidate!.indicators.map((i) => i.ref)).toEqual(alone.indicators.map((i) => i.ref))
    expect(started.candidate!.documents.map((d) => d.id)).toEqual(alone.documents.map((d) => d.id))
  })

  it('an indicator with the ref of a current one but another title, unit or polarity waits; keep, new or replace', async () => {
    const base = loadSeedScorecard()
    const file = JSON.parse(readSeedText('sufficiency-scorecard-2018-19.json')) as {
      indicators: { ref: string; title: string; unit: string }[]
    }
    file.indicators[0]!.unit = 'count'
    file.indicators[0]!.title = 'Number of sufficiency reviews'
    const text = bytes(JSON.stringify(file))
    const kept = await importFile({ name: 's.json', bytes: text }, base, '2019-01-22')
    expect(kept.questions).toMatchObject([{ ref: 'S1', differs: ['title', 'unit'], action: 'keep', held: true, newRef: 'S1-2' }])
    expect(kept.candidate!.indicators.find((i) => i.ref === 'S1')).toEqual(base.indicators.find((i) => i.ref === 'S1'))
    const asNew = await importFile({ name: 's.json', bytes: text }, base, '2019-01-22', {
      choices: new Map([['S1', { action: 'new' as const }]]),
    })
    expect(asNew.candidate!.indicators.find((i) => i.ref === 'S1')).toEqual(base.indicators.find((i) => i.ref === 'S1'))
    expect(asNew.candidate!.indicators.find((i) => i.ref === 'S1-2')).toMatchObject({
      title: 'Number of sufficiency reviews',
      unit: 'count',
    })
    expect(asNew.summary!.added).toEqual(['S1-2'])
    const replaced = await importFile({ name: 's.json', bytes: text }, base, '2019-01-22', {
      choices: new Map([['S1', { action: 'replace' as const }]]),
    })
    expect(replaced.candidate!.indicators.find((i) => i.ref === 'S1')).toMatchObject({
      title: 'Number of sufficiency reviews',
      unit: 'count',
    })
  })
})
