// @vitest-environment node
// The transcription of the main seed (scripts/transcribe/scorecard004.mjs):
// the committed seed is exactly what the source document and the decisions
// file give, and the script refuses to guess: a decision it does not know, a
// figure that is not on the line it cites, or a cell of a new shape stops it.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { readSeedText, sourceLines } from '../../support/seedFiles'

type Decisions = { indicators: Record<string, Record<string, unknown>> } & Record<string, unknown>
type TranscribeModule = {
  transcribeScorecard004: (sourceText: string, decisions: Decisions) => unknown
  pagesOfTable: (lines: string[], options: { agendaLine: number }) => (line: number) => number
}
// Scripts are plain Node ESM without type declarations: a computed path keeps tsc from asking for one.
const scriptUrl = new URL('../../../scripts/transcribe/scorecard004.mjs', import.meta.url)
const { transcribeScorecard004, pagesOfTable }: TranscribeModule = await import(/* @vite-ignore */ scriptUrl.href)

const SOURCE_FILE = '004_330a9463a0551b28.txt'
const SEED_FILE = 'corporate-parenting-scorecard-2018-19-q2.json'
const decisionsText = readFileSync(new URL('../../../scripts/transcribe/scorecard004-decisions.json', import.meta.url), 'utf8')

let sourceText: string
beforeAll(() => {
  sourceText = sourceLines(SOURCE_FILE).slice(1).join('\n')
})

/** A fresh copy of the decisions, changed by `edit`. */
function decisionsWith(edit: (d: Decisions) => void): Decisions {
  const decisions = JSON.parse(decisionsText) as Decisions
  edit(decisions)
  return decisions
}

/** The source with one tab field of the row for `ref` replaced. */
function sourceWith(ref: string, field: number, value: string): string {
  return sourceText
    .split('\n')
    .map((line) => {
      if (!line.startsWith(`${ref}\t`)) return line
      const fields = line.split('\t')
      fields[field - 1] = value
      return fields.join('\t')
    })
    .join('\n')
}

describe('scorecard004 transcription', () => {
  it('`--check` passes: the committed seed is what the script generates', () => {
    const run = spawnSync(process.execPath, [fileURLToPath(scriptUrl), '--check'], { encoding: 'utf8' })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('is up to date (57 indicators)')
  })

  it('generates the committed seed byte for byte', () => {
    const json =
      JSON.stringify(
        transcribeScorecard004(
          sourceText,
          decisionsWith(() => {}),
        ),
        null,
        2,
      ) + '\n'
    expect(json).toBe(readSeedText(SEED_FILE))
  })

  it('refuses a decision key it does not know, rather than fall back to a default', () => {
    const decisions = decisionsWith((d) => {
      d.indicators['P2.5']!.frequncy = 'monthly'
    })
    expect(() => transcribeScorecard004(sourceText, decisions)).toThrow('P2.5: unknown decision frequncy')
  })

  it('refuses a hand-written comparator whose figure is not on the line it cites', () => {
    const decisions = decisionsWith((d) => {
      const [england] = d.indicators['G2']!.extraComparators as { number: number; printed: string }[]
      england!.number = 63
      england!.printed = '63'
    })
    expect(() => transcribeScorecard004(sourceText, decisions)).toThrow('G2: "63" is not on line 1191 of 004')
  })

  it('refuses a hand-written comparator whose number is not the one its text shows', () => {
    const decisions = decisionsWith((d) => {
      const [england] = d.indicators['G2']!.extraComparators as { number: number }[]
      england!.number = 63
    })
    expect(() => transcribeScorecard004(sourceText, decisions)).toThrow('G2: comparator 63 is printed "62"')
  })

  it('refuses a cell of a shape the table does not use', () => {
    expect(() =>
      transcribeScorecard004(
        sourceWith('P1.2', 11, 'about 90%'),
        decisionsWith(() => {}),
      ),
    ).toThrow('unexpected value "about 90%" (2018-19-Q2)')
  })

  it('ignores the "Av" header residue only in the row whose decision says so', () => {
    const withoutDecision = decisionsWith((d) => {
      delete d.indicators['P3.18']!.ignoredCells
    })
    expect(() => transcribeScorecard004(sourceText, withoutDecision)).toThrow('unexpected comparator "Av" (Stat Neigh Av)')
    expect(() =>
      transcribeScorecard004(
        sourceWith('P3.16', 6, 'Av'),
        decisionsWith(() => {}),
      ),
    ).toThrow('unexpected comparator "Av"')
  })

  it('needs a decision for every row and a row for every decision', () => {
    const missing = decisionsWith((d) => {
      delete d.indicators['P5.8']
    })
    expect(() => transcribeScorecard004(sourceText, missing)).toThrow('no decision for P5.8')
    const extra = decisionsWith((d) => {
      d.indicators['P5.9'] = { unit: 'count', cohorts: ['cared-for-children'] }
    })
    expect(() => transcribeScorecard004(sourceText, extra)).toThrow('decision for P5.9, which is not in the source')
  })

  it('copies an official-measure decision without its why, and refuses one it cannot read', () => {
    const seed = transcribeScorecard004(
      sourceText,
      decisionsWith(() => {}),
    ) as { indicators: Array<{ ref: string; official?: unknown }> }
    expect(seed.indicators.find((i) => i.ref === 'G1')!.official).toEqual({ measure: 'LACnum', match: 'exact' })
    const unknownKey = decisionsWith((d) => {
      ;(d.indicators['G1']!.official as Record<string, unknown>).matches = 'exact'
    })
    expect(() => transcribeScorecard004(sourceText, unknownKey)).toThrow('G1: unknown official decision matches')
    const nearWithoutNote = decisionsWith((d) => {
      d.indicators['G3']!.official = { measure: 'NoCareLeavers', match: 'near' }
    })
    expect(() => transcribeScorecard004(sourceText, nearWithoutNote)).toThrow('G3: a near official match needs a note')
  })
  it('gives each table line its printed page from the agenda’s range, and refuses a range the page blocks do not fill', () => {
    const lines = sourceText.split('\n')
    const pageOf = pagesOfTable(lines, { agendaLine: 40 })
    // P3.16 and P3.17 (lines 1236-1237) are on the second of the table's pages, 62; the first row's is 61.
    expect([pageOf(1188), pageOf(1213), pageOf(1214), pageOf(1237), pageOf(1239)]).toEqual([61, 61, 62, 62, 63])
    const wrongRange = lines.map((l, i) => (i === 39 ? l.replace(/Pages 61 - 64/, 'Pages 61 - 66') : l))
    expect(() => pagesOfTable(wrongRange, { agendaLine: 40 })).toThrow('3 page blocks and a blank page are not pages 61-66')
    expect(() => pagesOfTable(lines, { agendaLine: 41 })).toThrow(/line 41 does not give the item.s pages/)
  })
})
