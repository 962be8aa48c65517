// Our own fuzz of the data files (issue 12). Generated hostile files (a valid
// scorecard with invalid entries beside the valid ones in every list, extreme
// numbers and decimals, hostile refs and keys, unknown keys at every level)
// and the seed file mutated at random must hold four invariants: the parser
// never throws; no valid item is lost; every problem is said, naming the file,
// the ref or list, and the field; and every figure it keeps can be formatted.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decimalsFor, formatCell, formatNumber, formatNumberWithUnit, formatTarget } from '../../src/domain/formatValue'
import { mergeScorecards } from '../../src/domain/mergeScorecards'
import { parseScorecardJson, type DataIssue } from '../../src/domain/parseScorecard'
import type { Scorecard } from '../../src/domain/scorecardSchema'
import { fuzzRuns, fuzzSeed, fuzzTimeout } from '../support/fuzzRuns'
import { hostileScorecardArb, type Spoiler } from '../support/hostileScorecard'
import { readSeedText } from '../support/seedFiles'

const FILE = 'hostile.json'
const LIST_ITEM = /^(periods|sections|documents|indicators|additions)\[\d+\]|^committee\b/

/** Every issue names its file, an indicator ref or a list entry, and a field; says "missing", not "received undefined"; and an error says what it left out. */
function expectNamed(issue: DataIssue, file: string, fileRefused: boolean) {
  expect(issue.file).toBe(file)
  expect(issue.field.length).toBeGreaterThan(0)
  if (!fileRefused) expect(issue.field, issue.message).not.toBe('(file)')
  // A top-level unknown key is named as the field itself.
  const topLevelKey = issue.severity === 'warning' && issue.ref === undefined && !/[.[]/.test(issue.field)
  expect(issue.ref !== undefined || LIST_ITEM.test(issue.field) || topLevelKey || fileRefused, JSON.stringify(issue)).toBe(true)
  expect(issue.message).not.toMatch(/received undefined/)
  expect(issue.message).toMatch(/[.]$/)
  if (issue.severity === 'error') expect(issue.leftOut, JSON.stringify(issue)).toBeDefined()
}

const said = (issues: readonly DataIssue[], s: Spoiler) =>
  issues.some(
    (i) =>
      i.severity === s.severity &&
      (s.ref === undefined || i.ref === s.ref) &&
      (s.item !== undefined ? i.leftOut?.item === s.item : i.field === s.field),
  )

/** Formats every figure, target and comparator as the views do. */
function formatEverything(scorecard: Scorecard) {
  for (const { unit, values, target, comparators } of scorecard.indicators) {
    for (const cell of values) {
      formatCell(cell, unit)
      formatCell(cell, unit, { withUnit: true })
    }
    formatTarget(target, unit)
    formatTarget(target, unit, { withUnit: true })
    for (const c of comparators) formatNumberWithUnit(c.number, unit, decimalsFor(c.number, c.printed))
    // Chart ticks: bare numbers anywhere between the extremes.
    for (const v of values) if (v.kind === 'number') formatNumber(v.number / 3, unit)
  }
}

const notPolluted = () => expect(Object.keys(Object.prototype)).toEqual([])

describe('hostile scorecard files', () => {
  const runs = fuzzRuns(1500)
  it(
    `never throw, lose no valid item, say every bad one where it is, and format (${runs} generated files)`,
    () => {
      fc.assert(
        fc.property(hostileScorecardArb(), ({ data, expected, spoilers }) => {
          const parsed = parseScorecardJson(JSON.stringify(data), FILE)
          expect(parsed.scorecard, JSON.stringify(parsed.issues.slice(0, 3))).not.toBeNull()
          const merged = mergeScorecards([{ file: FILE, scorecard: parsed.scorecard! }])
          const scorecard = merged.scorecard!
          const issues = [...parsed.issues, ...merged.issues]

          for (const [ref, { cells, priorities }] of expected) {
            const indicator = scorecard.indicators.find((i) => i.ref === ref)
            expect(indicator, `indicator ${JSON.stringify(ref)} was lost: ${JSON.stringify(issues)}`).toBeDefined()
            for (const cell of cells) expect(indicator!.values).toContainEqual(cell)
            if (priorities) expect({ ...indicator!.priorities }).toEqual(priorities)
          }
          for (const spoiler of spoilers)
            expect(said(issues, spoiler), `${spoiler.what}: ${JSON.stringify(spoiler)} in ${JSON.stringify(issues)}`).toBe(true)
          for (const issue of issues) expectNamed(issue, FILE, false)
          formatEverything(scorecard)
          notPolluted()
        }),
        { numRuns: runs, ...fuzzSeed() },
      )
    },
    fuzzTimeout(runs, 5),
  )
})

describe('the seed file mutated at random', () => {
  const MAIN = 'corporate-parenting-scorecard-2018-19-q2.json'
  const text = readSeedText(MAIN)
  const clean = parseScorecardJson(text, MAIN).scorecard!
  const seed = JSON.parse(text) as { indicators: Record<string, unknown>[] } & Record<string, unknown[]>

  /** A path to a random node inside `value`, and the node's parent and key. */
  function randomPlace(g: fc.GeneratorValue, root: unknown): { parent: Record<string, unknown> | unknown[]; key: string | number } | null {
    let parent: unknown = null
    let key: string | number = ''
    let node = root
    for (let depth = g(fc.integer, { min: 1, max: 6 }); depth > 0; depth--) {
      if (Array.isArray(node) && node.length > 0) {
        key = g(fc.nat, { max: node.length - 1 })
      } else if (node && typeof node === 'object' && Object.keys(node).length > 0) {
        key = g(fc.constantFrom, ...Object.keys(node))
      } else break
      parent = node
      node = (node as Record<string | number, unknown>)[key]
    }
    return parent && typeof parent === 'object' ? { parent: parent as Record<string, unknown>, key } : null
  }

  /** Replaces, deletes or adds one thing somewhere in `root`. */
  function mutate(g: fc.GeneratorValue, root: unknown) {
    const place = randomPlace(g, root)
    if (!place) return
    const { parent, key } = place
    const how = g(fc.nat, { max: 2 })
    if (how === 0) (parent as Record<string | number, unknown>)[key] = g(fc.jsonValue, { maxDepth: 2 })
    else if (how === 1 && !Array.isArray(parent)) delete parent[key as string]
    else if (!Array.isArray(parent))
      Object.defineProperty(parent, g(fc.constantFrom, '__proto__', 'constructor', 'extra', 'Ref'), { value: 1, enumerable: true })
    else parent.splice(g(fc.nat, { max: parent.length }), 0, g(fc.jsonValue, { maxDepth: 1 }))
  }

  const runs = fuzzRuns(300, 0.2)
  it(
    `inside one indicator costs only that indicator; in a list of the file, no indicator (${runs} mutated files)`,
    () => {
      fc.assert(
        fc.property(fc.gen(), (g) => {
          const data = structuredClone(seed)
          const inIndicator = g(fc.boolean)
          const k = g(fc.nat, { max: data.indicators.length - 1 })
          if (inIndicator) mutate(g, data.indicators[k])
          else mutate(g, data[g(fc.constantFrom, 'periods', 'sections', 'documents')])
          const { scorecard, issues } = parseScorecardJson(JSON.stringify(data), MAIN)
          expect(scorecard).not.toBeNull()
          for (const issue of issues) expectNamed(issue, MAIN, false)
          const mutatedRef = data.indicators[k]?.ref
          clean.indicators.forEach((indicator, index) => {
            if (inIndicator && (index === k || indicator.ref === mutatedRef)) return
            const kept = scorecard!.indicators.find((i) => i.ref === indicator.ref)
            expect(kept, `${indicator.ref} was lost: ${JSON.stringify(issues)}`).toBeDefined()
            if (inIndicator) expect(kept).toEqual(indicator)
          })
          formatEverything(scorecard!)
          notPolluted()
        }),
        { numRuns: runs, ...fuzzSeed() },
      )
    },
    fuzzTimeout(runs, 20),
  )
})
