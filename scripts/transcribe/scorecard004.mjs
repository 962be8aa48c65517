#!/usr/bin/env node
// Transcribes the Corporate Parenting Scorecard 2018-19 (Quarter 2) from
// ../shared/seeds/004_330a9463a0551b28.txt (lines 1188-1260) into
// seeds/corporate-parenting-scorecard-2018-19-q2.json.
//
// Figures, titles, leads, comments and direction-of-travel glyphs are copied
// mechanically from the tab-separated source fields. Everything a person
// decided (each row's unit, frequency, cohorts, status of empty cells, notes,
// comparator periods; the polarity words; the seed's periods and sections; the
// committee and its forward plan) is
// in scorecard004-decisions.json beside this file, with the reason for each.
//
// Why it is strict: the seed is the council's published record, shown to a
// committee with a citation that vouches for every figure. A transcription
// that guessed (a shifted column, a blank read as 0, a figure tidied by hand,
// a decision key mistyped and silently replaced by a default) would show a
// figure the council never published, under a citation that seems to prove
// it. So the script refuses to guess: each field must have one of the shapes
// this table uses; every row needs a decision and every decision a row; a
// decision may use only the keys this script knows; and every printed figure
// and comment in the output must be an exact substring of the source line it
// cites, with its number read from that text. Any surprise stops the script
// with the row and field, for a person to decide and record in the decisions
// file; nothing is written until the whole table reads cleanly.
//
// Usage: node scripts/transcribe/scorecard004.mjs [--check]
//   --check: regenerate in memory and fail if the file on disk differs.
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'

const ROOT = new URL('../../', import.meta.url)
const DECISIONS = fileURLToPath(new URL('scripts/transcribe/scorecard004-decisions.json', ROOT))
const OUT = fileURLToPath(new URL('seeds/corporate-parenting-scorecard-2018-19-q2.json', ROOT))
const sourcePath = (file) => fileURLToPath(new URL(`../shared/seeds/${file}`, ROOT))
const FIRST_LINE = 1188
const LAST_LINE = 1260
const ROW_COUNT = 57

// Field numbers (1-based) as in the printed header row L1189.
const F = {
  ref: 1,
  infoFrom: 2,
  lead: 3,
  title: 4,
  polarity: 5,
  statNeigh: 6,
  national: 7,
  target: 8,
  ye: 9,
  q1: 10,
  q2: 11,
  q3: 12,
  q4: 13,
  rag: 14,
  dot: 15,
  comments: 16,
  cyp: 17,
  corporate: 18,
}
const VALUE_COLUMNS = [
  { field: F.ye, period: '2017-18-YE', column: 'Yr. end 17-18' },
  { field: F.q1, period: '2018-19-Q1', column: 'Qu 1 18-19' },
  { field: F.q2, period: '2018-19-Q2', column: 'Qu 2 18-19' },
]
const COMPARATOR_COLUMNS = [
  { field: F.statNeigh, kind: 'stat-neighbours', column: 'Stat Neigh Av' },
  { field: F.national, kind: 'england', column: 'National Av' },
]
const REPORT_PERIOD = '2018-19-Q2'

/** The keys an indicator's entry in the decisions file may use; any other is a mistake. */
const DECISION_KEYS = new Set([
  'why',
  'unit',
  'cohorts',
  'frequency',
  'empty',
  'cellNotes',
  'alternateNote',
  'comparatorPeriods',
  'ignoredCells',
  'extraComparators',
  'reportedRag',
  'notes',
  'official',
])

/** The keys of an `official` decision: the DfE measure the row corresponds to (docs/data-format.md). */
const OFFICIAL_KEYS = new Set(['why', 'measure', 'match', 'note'])

/** The official-measure link as the seed carries it: the decision without its "why". */
function officialLink(ref, decision) {
  if (decision === undefined) return undefined
  const unknown = Object.keys(decision).filter((key) => !OFFICIAL_KEYS.has(key))
  if (unknown.length > 0) throw new Error(`${ref}: unknown official decision ${unknown.join(', ')}`)
  const { why: _why, measure, match, note } = decision
  if (typeof measure !== 'string' || !['exact', 'near'].includes(match))
    throw new Error(`${ref}: official needs a measure and a match of exact or near`)
  if (match === 'near' && !note) throw new Error(`${ref}: a near official match needs a note`)
  return { measure, match, ...(note ? { note } : {}) }
}

// ---------------------------------------------------------------------------
// Parsing helpers: they accept only the shapes this table uses and throw on
// anything else, so a surprise in the source stops the script.
// ---------------------------------------------------------------------------
const NUM = String.raw`\d+(?:\.\d+)?`

function parseTarget(raw, from) {
  if (raw === '') return undefined
  let m = raw.match(new RegExp(`^(${NUM})\\s*-\\s*(${NUM})$`))
  if (m) return { kind: 'range', min: Number(m[1]), max: Number(m[2]), printed: raw, from }
  m = raw.match(new RegExp(`^(${NUM})%?$`))
  if (m) return { kind: 'number', value: Number(m[1]), printed: raw, from }
  throw new Error(`unexpected target ${JSON.stringify(raw)}`)
}

function parseCell(raw, period, source, decision, empty) {
  const note = decision.cellNotes?.[period]
  const withNote = (cell) => (note ? { ...cell, note } : cell)
  if (raw === '') return withNote({ period, kind: empty, printed: '', source })
  if (raw === 'Supressed') return withNote({ period, kind: 'suppressed', printed: raw, source })
  let m = raw.match(new RegExp(`^(${NUM})%?$`))
  if (m) return withNote({ period, kind: 'number', number: Number(m[1]), printed: raw, source })
  m = raw.match(new RegExp(`^((${NUM})%) \\(((${NUM})%)\\)$`))
  if (m) {
    const alternate = { number: Number(m[4]), printed: m[3] }
    if (decision.alternateNote) alternate.note = decision.alternateNote
    return withNote({ period, kind: 'number', number: Number(m[2]), printed: raw, alternate, source })
  }
  throw new Error(`unexpected value ${JSON.stringify(raw)} (${period})`)
}

function parseComparator(raw, { kind, column }, decision, source) {
  if (raw === '' || raw === decision.ignoredCells?.[column]?.printed) return undefined
  if (!new RegExp(`^${NUM}$`).test(raw)) throw new Error(`unexpected comparator ${JSON.stringify(raw)} (${column})`)
  const c = { kind }
  const period = decision.comparatorPeriods?.[column]
  if (period) c.period = period
  return { ...c, number: Number(raw), printed: raw, source }
}

/** The number a hand-written figure's printed text shows ("62", "91.0%"). */
function numberPrinted(printed) {
  const m = printed.match(new RegExp(`^(${NUM})%?$`))
  if (!m) throw new Error(`unexpected printed figure ${JSON.stringify(printed)}`)
  return Number(m[1])
}

function sectionFor(ref) {
  if (ref.startsWith('G')) return 'general'
  const m = ref.match(/^P([1-5])\./)
  if (!m) throw new Error(`unexpected ref ${ref}`)
  return `pledge-${m[1]}`
}

/** A note as the seed carries it: a template note is filled in, any other is copied. */
function expandNote(ref, note, templates) {
  if (note.template === undefined) return note
  const { kind, template, printed, ...rest } = note
  if (!(template in templates) || Object.keys(rest).length > 0) throw new Error(`${ref}: unexpected template note ${JSON.stringify(note)}`)
  return { kind, text: templates[template].replaceAll('{ref}', ref).replaceAll('{printed}', printed) }
}

// ---------------------------------------------------------------------------

/** One row of the table (its tab fields) as a seed indicator. */
function transcribeRow(n, text, decisions, doc) {
  const src = (line, column) => (column ? { doc, line, column } : { doc, line })
  const fields = text.split('\t')
  if (fields.length !== 18) throw new Error(`line ${n}: ${fields.length} fields`)
  const f = (i) => fields[i - 1]
  const ref = f(F.ref)
  const decision = decisions.indicators[ref]
  if (!decision) throw new Error(`no decision for ${ref} in scorecard004-decisions.json`)
  const unknownKeys = Object.keys(decision).filter((key) => !DECISION_KEYS.has(key))
  if (unknownKeys.length > 0) throw new Error(`${ref}: unknown decision ${unknownKeys.join(', ')}`)
  if (!decision.unit || !decision.cohorts) throw new Error(`${ref}: the decision must give unit and cohorts`)
  for (const i of [F.q3, F.q4, F.rag]) if (f(i) !== '') throw new Error(`${ref}: field ${i} not empty`)
  const polarityWords = decisions.polarityWords.words
  if (!(f(F.polarity) in polarityWords)) throw new Error(`${ref}: polarity ${f(F.polarity)}`)

  const ind = {
    ref,
    title: f(F.title),
    section: sectionFor(ref),
    cohorts: decision.cohorts,
  }
  if (f(F.lead) !== '') ind.lead = f(F.lead)
  ind.infoFrom = f(F.infoFrom)
  ind.polarity = polarityWords[f(F.polarity)]
  ind.unit = decision.unit
  ind.frequency = decision.frequency ?? decisions.defaults.frequency
  const target = parseTarget(f(F.target), decisions.targetsFrom.period)
  if (target) ind.target = target
  const priorities = {}
  if (f(F.cyp) !== '') priorities.cyp = f(F.cyp)
  if (f(F.corporate) !== '') priorities.corporate = f(F.corporate)
  if (Object.keys(priorities).length) ind.priorities = priorities
  const official = officialLink(ref, decision.official)
  if (official) ind.official = official
  ind.source = src(n)

  const empty = decision.empty ?? decisions.defaults.empty
  ind.values = VALUE_COLUMNS.map(({ field, period, column }) => parseCell(f(field), period, src(n, column), decision, empty))

  ind.comparators = [
    ...COMPARATOR_COLUMNS.map((c) => parseComparator(f(c.field), c, decision, src(n, c.column))),
    ...(decision.extraComparators ?? []),
  ].filter(Boolean)

  ind.commentary = f(F.comments) === '' ? [] : [{ period: REPORT_PERIOD, text: f(F.comments), source: src(n, 'Comments') }]
  ind.notes = (decision.notes ?? []).map((note) => expandNote(ref, note, decisions.noteTemplates))

  ind.reported = []
  if (f(F.dot) !== '' || decision.reportedRag) {
    const r = { period: REPORT_PERIOD }
    if (decision.reportedRag) Object.assign(r, decision.reportedRag)
    if (f(F.dot) !== '') r.directionRaw = f(F.dot)
    r.source = f(F.dot) !== '' ? src(n, 'Quarterly dir of travel') : src(n, 'Comments')
    ind.reported.push(r)
  }
  return ind
}

/**
 * Every printed figure and comment is an exact substring of the line it
 * cites, and a hand-written comparator's number is the one its text shows.
 */
function checkCitations(indicators, lines, doc) {
  const check = (ref, printed, source) => {
    if (!printed) return
    if (source.doc !== doc) throw new Error(`${ref}: cites document ${source.doc}; this script reads only ${doc}`)
    if (!lines[source.line - 1]?.includes(printed)) throw new Error(`${ref}: "${printed}" is not on line ${source.line} of ${doc}`)
  }
  for (const ind of indicators) {
    for (const v of ind.values) {
      check(ind.ref, v.printed, v.source)
      if (v.alternate) check(ind.ref, v.alternate.printed, v.source)
    }
    for (const c of ind.comparators) {
      check(ind.ref, c.printed, c.source)
      if (numberPrinted(c.printed) !== c.number) throw new Error(`${ind.ref}: comparator ${c.number} is printed "${c.printed}"`)
    }
    for (const c of ind.commentary) check(ind.ref, c.text, c.source)
  }
}

/**
 * The printed page of each line of the table. The agenda gives the item's
 * pages ("Corporate Parenting Scorecard Quarter 2 (Pages 61 - 64)"); each
 * printed page of the table starts with the repeated, garbled header rows
 * ("CORF … ECARD 2018-19"), and the item ends with a blank page. So the
 * first page block is the first page, and the blocks plus the blank page
 * must be exactly the agenda's range: anything else stops the script rather
 * than give a page that is not certain.
 */
export function pagesOfTable(lines, { agendaLine }) {
  const range = /\(Pages (\d+) - (\d+)\)/.exec(lines[agendaLine - 1] ?? '')
  if (!range) throw new Error(`line ${agendaLine} does not give the item's pages`)
  const [first, last] = [Number(range[1]), Number(range[2])]
  const starts = []
  for (let n = FIRST_LINE; n <= LAST_LINE; n++) if (/^COR/.test(lines[n - 1])) starts.push(n)
  if (starts[0] !== FIRST_LINE) throw new Error(`the table does not start with a page header on line ${FIRST_LINE}`)
  const after = lines.slice(LAST_LINE).find((l) => l.trim() !== '')
  if (after?.trim() !== 'This page is intentionally left blank' || first + starts.length !== last)
    throw new Error(`${starts.length} page blocks and a blank page are not pages ${first}-${last}`)
  return (line) => first + starts.filter((s) => s <= line).length - 1
}

/** Every source of the row that cites a line of the table gets that line's page. */
function withPages(value, pageOf, doc) {
  if (Array.isArray(value)) return value.map((v) => withPages(v, pageOf, doc))
  if (value === null || typeof value !== 'object') return value
  const copy = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withPages(v, pageOf, doc)]))
  if (copy.doc === doc && typeof copy.line === 'number' && copy.line >= FIRST_LINE && copy.line <= LAST_LINE) copy.page = pageOf(copy.line)
  return copy
}

/**
 * The committee and its forward plan as the seed carries them: the decision
 * without its "why", after checking that every name, title, focus and
 * scorecard item is on the line of the source it cites.
 */
function transcribeCommittee(decision, lines, doc) {
  if (decision === undefined) return undefined
  const { why: _why, ...committee } = decision
  const cited = (what, text, source) => {
    if (source?.doc !== doc) throw new Error(`committee: ${what} must cite a line of document ${doc}`)
    if (!lines[source.line - 1]?.includes(text)) throw new Error(`committee: ${what} "${text}" is not on line ${source.line} of ${doc}`)
  }
  cited('name', committee.name, committee.source)
  if (committee.forwardPlan) cited('forward plan title', committee.forwardPlan.title, committee.forwardPlan.source)
  for (const meeting of committee.meetings) {
    if (meeting.focus) cited(`${meeting.name} focus`, meeting.focus.text, meeting.focus.source)
    if (meeting.scorecard) cited(`${meeting.name} scorecard item`, meeting.scorecard.text, meeting.scorecard.source)
  }
  return committee
}

/** The seed scorecard from the source document's text and the decisions. */
export function transcribeScorecard004(sourceText, decisions) {
  const { why: _why, ...frame } = decisions.scorecard
  const [{ id: doc }] = frame.documents
  const lines = sourceText.split('\n')
  const pageOf = pagesOfTable(lines, decisions.pages)
  const rows = []
  for (let n = FIRST_LINE; n <= LAST_LINE; n++) {
    const text = lines[n - 1]
    if (/^[GP]\d/.test(text)) rows.push(transcribeRow(n, text, decisions, doc))
  }
  const indicators = withPages(rows, pageOf, doc)

  const seen = new Set(indicators.map((i) => i.ref))
  for (const ref of Object.keys(decisions.indicators))
    if (!seen.has(ref)) throw new Error(`decision for ${ref}, which is not in the source`)
  if (indicators.length !== ROW_COUNT) throw new Error(`expected ${ROW_COUNT} rows, got ${indicators.length}`)
  checkCitations(indicators, lines, doc)

  const committee = transcribeCommittee(decisions.committee, lines, doc)
  return { ...frame, ...(committee ? { committee } : {}), indicators }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const decisions = JSON.parse(readFileSync(DECISIONS, 'utf8'))
  const sourceText = readFileSync(sourcePath(decisions.scorecard.documents[0].file), 'utf8')
  const scorecard = transcribeScorecard004(sourceText, decisions)
  const json = JSON.stringify(scorecard, null, 2) + '\n'
  const count = scorecard.indicators.length
  if (process.argv.includes('--check')) {
    const onDisk = readFileSync(OUT, 'utf8')
    if (onDisk !== json) {
      console.error(`${OUT} is out of date; rerun without --check`)
      process.exit(1)
    }
    console.log(`${OUT} is up to date (${count} indicators)`)
  } else {
    writeFileSync(OUT, json)
    console.log(`wrote ${OUT} (${count} indicators)`)
  }
}
