#!/usr/bin/env node
// Transcribes the Corporate Parenting Scorecard 2018-19 (Quarter 2) from
// ../shared/seeds/004_330a9463a0551b28.txt (lines 1188-1260) into
// seeds/corporate-parenting-scorecard-2018-19-q2.json.
//
// Figures, titles, leads, comments and direction-of-travel glyphs are copied
// mechanically from the tab-separated source fields; only the per-ref
// decisions (unit, frequency, cohorts, status of empty cells, notes) are
// written by hand in META below.
//
// Usage: node scripts/transcribe/scorecard004.mjs [--check]
//   --check: regenerate in memory and fail if the file on disk differs.
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const ROOT = new URL('../../', import.meta.url)
const SOURCE = fileURLToPath(new URL('../shared/seeds/004_330a9463a0551b28.txt', ROOT))
const OUT = fileURLToPath(new URL('seeds/corporate-parenting-scorecard-2018-19-q2.json', ROOT))
const DOC = '004'
const FIRST_LINE = 1188
const LAST_LINE = 1260

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
const REPORT_PERIOD = '2018-19-Q2'

const CFC = 'cared-for-children'
const CL = 'care-leavers'
const SUFF = 'sufficiency'
const HEALTH = 'health'

const src = (line, column) => (column ? { doc: DOC, line, column } : { doc: DOC, line })

// ---------------------------------------------------------------------------
// Hand-written per-ref decisions. Every key not given falls back to:
// unit from META, frequency 'quarterly', empty cells 'not-reported'.
// ---------------------------------------------------------------------------
const TAB_POSITION_NOTE = (ref, printedCells) =>
  `${ref} prints fewer values than there are columns (printed: ${printedCells}). The values are assigned by tab position ` +
  `against the header row (every line of this table has 18 tab fields), which leaves Qu 2 18-19 empty. The text ` +
  `alone cannot prove the original cell positions: the printed figures could instead have been the Qu 1 and Qu 2 ` +
  `cells (with the year-end cell empty). Kept the tab-position reading.`

const META = {
  G1: {
    unit: 'count',
    cohorts: [CFC],
    notes: [
      {
        kind: 'transcription',
        text: 'Target "400-450" transcribed as a range 400 to 450. Polarity is blank in the source, so it is "none".',
      },
      {
        kind: 'context',
        text: "The comment's national, statistical-neighbour and North West figures are rates per 10,000 and are attached to G2 as comparators, not to this count.",
      },
    ],
  },
  G2: {
    unit: 'rate-per-10000',
    cohorts: [CFC],
    comparatorPeriods: { [F.statNeigh]: '2017-18-YE', [F.national]: '2017-18-YE' },
    extraComparators: [
      { kind: 'england', period: '2016-17-YE', number: 62, printed: '62', source: src(1191, 'Comments') },
      { kind: 'stat-neighbours', period: '2016-17-YE', number: 58, printed: '58', source: src(1191, 'Comments') },
      { kind: 'north-west', label: 'Northwest average', period: '2016-17-YE', number: 86, printed: '86', source: src(1191, 'Comments') },
      { kind: 'north-west', label: 'Northwest average', period: '2017-18-YE', number: 91, printed: '91', source: src(1191, 'Comments') },
    ],
    notes: [
      {
        kind: 'transcription',
        text: 'Target "52.7 - 59.3" transcribed as a range 52.7 to 59.3. Polarity is blank in the source, so it is "none".',
      },
      {
        kind: 'transcription',
        text: 'The Stat Neigh Av (61) and National Av (64) cells do not state a period. The G1 comment (line 1191) says "Statistical first release for 2017-18 confirms a national rise ... from 62 to 64. Statistical neighbour average has risen from 58 to 61", so the printed cells are taken as 2017-18 year-end and cited to the table (line 1192); the earlier figures (62, 58) are taken as 2016-17 year-end and cited to the comment. The North West figures (86 to 91) come from the same comment. The comment\'s statistical-neighbour range "37 to 90" and "joint 4th highest" are not transcribed as comparators.',
        source: src(1191, 'Comments'),
      },
      {
        kind: 'data-quality',
        text: 'The LSCB annual report in the same pack says the Cheshire East rate has "increased slightly to 57" (line 1611), which does not match the year-end 2017-18 figure 62.9 printed here. Period and definition of the LSCB figure are not stated.',
        source: src(1611),
      },
    ],
  },
  G3: { unit: 'count', cohorts: [CL], notes: [{ kind: 'transcription', text: 'Polarity is blank in the source, so it is "none".' }] },

  'P1.1': {
    unit: 'count',
    cohorts: [CFC, CL],
    notes: [
      {
        kind: 'transcription',
        text: 'Cohorts: the comment breaks the advocacy cases down into in care, Care Leavers, Disability, Asylum Seeker and child protection plan cases, so the row is tagged for both cared for children and care leavers.',
      },
      {
        kind: 'context',
        text: 'Comment cross-check: 24 + 14 + 5 + 1 = 44 issue-based cases, plus 7 child protection cases = 51, matching Q2 51.',
      },
    ],
  },
  'P1.2': { unit: 'percent', cohorts: [CFC] },
  'P1.3': { unit: 'percent', cohorts: [CFC] },

  'P2.1': {
    unit: 'percent',
    cohorts: [CFC],
    frequency: 'termly',
    cellNotes: { '2018-19-Q2': 'Empty in the source; the comment says "This data is only produced on a termly basis."' },
    notes: [
      { kind: 'transcription', text: TAB_POSITION_NOTE('P2.1', 'Target 90%, then 97%, 97%') },
      {
        kind: 'transcription',
        text: 'Frequency: the title says "(quarterly)" but the comment says "This data is only produced on a termly basis." Recorded as termly, because the comment explains the empty Q2 cell; the title\'s "(quarterly)" is left as printed.',
      },
    ],
  },
  'P2.2': {
    unit: 'percent',
    cohorts: [CFC],
    frequency: 'termly',
    cellNotes: { '2018-19-Q2': 'Empty in the source; the comment says "This data is only produced on a termly basis."' },
    notes: [{ kind: 'transcription', text: TAB_POSITION_NOTE('P2.2', 'Target 90%, then 94%, 80%') }],
  },
  'P2.3': {
    unit: 'percent',
    cohorts: [CFC],
    notes: [
      {
        kind: 'definition',
        effectiveFrom: '2018-19-Q1',
        breaksSeries: true,
        text: 'The title says the quarterly figure covers all cared for children at month end, whereas the published figures cover those in care for 12 months. The year-end 2017-18 figure is taken to be on the published basis (the title implies this; it is not stated for the cell), so it should not be compared with the quarterly figures.',
      },
    ],
  },
  'P2.4': {
    unit: 'percent',
    cohorts: [CFC],
    notes: [
      {
        kind: 'definition',
        effectiveFrom: '2018-19-Q1',
        breaksSeries: true,
        text: 'The title says the quarterly figure covers all cared for children at month end, whereas the published figures cover those in care for 12 months. The year-end 2017-18 figure is taken to be on the published basis (the title implies this; it is not stated for the cell), so it should not be compared with the quarterly figures.',
      },
    ],
  },
  'P2.5': {
    unit: 'percent',
    cohorts: [CFC],
    frequency: 'year-to-date',
    notes: [{ kind: 'context', text: 'The comment compares Q2 with "the same time last year"; that figure is not printed in the table.' }],
  },
  'P2.6': { unit: 'percent', cohorts: [CFC], frequency: 'year-to-date' },
  'P2.7': {
    unit: 'count',
    cohorts: [CFC],
    frequency: 'half-termly',
    notes: [
      {
        kind: 'transcription',
        text: 'Frequency: the title says "1/2 termly", read as half-termly. The figures sit in quarterly columns; whether a quarter cell is one half-term or a sum of half-terms is not stated. The 0 values are printed zeros, not blanks.',
      },
    ],
  },
  'P2.8': {
    unit: 'count',
    cohorts: [CFC],
    frequency: 'half-termly',
    notes: [
      {
        kind: 'transcription',
        text: 'Frequency: the title says "1/2 termly", read as half-termly. The figures sit in quarterly columns; whether a quarter cell is one half-term or a sum of half-terms is not stated. The 0 values are printed zeros, not blanks.',
      },
    ],
  },
  'P2.9': { unit: 'percent', cohorts: [CFC] },
  'P2.10': {
    unit: 'count',
    cohorts: [CFC],
    notes: [
      {
        kind: 'data-quality',
        text: 'The comment says "No change from previous quarter." (Q1 8, Q2 8), but the direction-of-travel cell is printed "1", a garbled glyph that is also used for rising and falling rows, so the printed direction cannot be confirmed as "no change".',
      },
    ],
  },
  'P2.11': {
    unit: 'percent',
    cohorts: [CFC],
    frequency: 'monthly',
    notes: [
      {
        kind: 'transcription',
        text: 'Frequency: the title says "(monthly)" but the figures sit in the quarterly columns; which month each quarter cell reports is not stated.',
      },
    ],
  },
  'P2.12': { unit: 'percent', cohorts: [CL] },
  'P2.13': { unit: 'percent', cohorts: [CL] },
  'P2.14': { unit: 'count', cohorts: [CL] },
  'P2.15': {
    unit: 'percent',
    cohorts: [CL],
    notes: [
      {
        kind: 'context',
        text: 'Comment cross-check: cohorts 39 + 35 + 41 = 115, NEET 22 + 20 + 23 = 65, 65/115 = 56.5%, consistent with Q2 57%. Excluding those in positive activity (7 + 9 + 6) gives 43/115 = 37.4%, the comment\'s "37%".',
      },
    ],
  },
  'P2.16': {
    unit: 'count',
    cohorts: [CL],
    empty: 'under-development',
    notes: [
      {
        kind: 'transcription',
        text: 'No figures are printed and the comment says "developments in the system will be required to report around this", so the year-end, Q1 and Q2 cells are recorded as under development.',
      },
      {
        kind: 'transcription',
        text: 'Unit: the title "21-25 year olds in EET" does not say whether it is a number or a percentage and no value is printed; recorded as a count. Cohort: care leavers, since the row sits with the care-leaver rows P2.12-P2.15 and has the care-leaver lead (Sam Ankers).',
      },
    ],
  },

  'P3.1': {
    unit: 'count',
    cohorts: [CFC, SUFF],
    notes: [
      {
        kind: 'context',
        text: 'The comment\'s "211" (CE/ Friends and family placements) is not exactly P3.1 Q2 + P3.11 Q2 (147 + 63 = 210); the comment does not define it. Its "119 in external foster care" matches P3.2 Q2.',
      },
    ],
  },
  'P3.2': { unit: 'count', cohorts: [CFC, SUFF] },
  'P3.3': { unit: 'count', cohorts: [CFC, SUFF] },
  'P3.4': {
    unit: 'percent',
    cohorts: [CFC, SUFF],
    notes: [
      {
        kind: 'data-quality',
        text: 'The sufficiency performance management scorecard measure 2 ("% of cared for children accommodated beyond 20 miles", line 906) gives Q1 24% and Q2 23%, whereas this row gives Q2 24%. The wording differs slightly ("placed over 20 miles from home address" here), so the definitions may differ.',
        source: src(906),
      },
      {
        kind: 'transcription',
        text: 'The C&YP Plan Priority cell is blank for this row only, so only the corporate priority is recorded.',
      },
    ],
  },
  'P3.5': { unit: 'percent', cohorts: [CFC] },
  'P3.6': { unit: 'count', cohorts: [CFC] },
  'P3.7': {
    unit: 'count',
    cohorts: [CFC],
    empty: 'under-development',
    notes: [
      {
        kind: 'transcription',
        text: 'No figures are printed and the comment says "we are currently looking at how we can extract this data", so the year-end, Q1 and Q2 cells are recorded as under development.',
      },
    ],
  },
  'P3.8': {
    unit: 'count',
    cohorts: [CFC, SUFF],
    notes: [{ kind: 'context', text: 'A flow "in the quarter"; the year-end 2017-18 cell is empty. Q2 115 matches the comment.' }],
  },
  'P3.9': {
    unit: 'count',
    cohorts: [CFC],
    empty: 'under-development',
    notes: [
      {
        kind: 'transcription',
        text: 'No figures are printed and the comment says "Data currently under development", so the year-end, Q1 and Q2 cells are recorded as under development. Polarity is blank in the source, so it is "none".',
      },
    ],
  },
  'P3.10': {
    unit: 'count',
    cohorts: [CFC, SUFF],
    notes: [{ kind: 'transcription', text: 'Polarity is blank in the source, so it is "none".' }],
  },
  'P3.11': {
    unit: 'count',
    cohorts: [CFC, SUFF],
    notes: [{ kind: 'transcription', text: 'Polarity is blank in the source, so it is "none".' }],
  },
  'P3.12': {
    unit: 'percent',
    cohorts: [CFC],
    frequency: 'year-to-date',
    notes: [
      { kind: 'context', text: 'The percentage is a year-to-date figure; the comment gives the in-quarter count ("In Q2 11 out of 34").' },
    ],
  },
  'P3.13': { unit: 'count', cohorts: [CFC], notes: [{ kind: 'transcription', text: 'Polarity is blank in the source, so it is "none".' }] },
  'P3.14': {
    unit: 'percent',
    cohorts: [CFC],
    frequency: 'year-to-date',
    notes: [
      {
        kind: 'context',
        text: 'The percentage is a year-to-date figure; the comment gives the in-quarter count ("In Q2 5 out of 34") and a year-to-date total of 7.',
      },
    ],
  },
  'P3.15': {
    unit: 'percent',
    cohorts: [CFC],
    notes: [
      {
        kind: 'definition',
        effectiveFrom: '2018-19-Q1',
        breaksSeries: true,
        text: 'The threshold changed from 16 months to 14 months ("This has changed to 14 months from 16 months"; the comment says 16 months was used "in previous scorecards"). The Q1 and Q2 2018-19 figures are taken to be on the 14-month basis; whether the printed year-end 2017-18 figure (71%) uses 16 or 14 months is not stated.',
      },
      {
        kind: 'transcription',
        text: 'The comment refers to a "national target" based on the England average, but no target or national figure is printed in the row, so neither is recorded.',
      },
    ],
  },
  'P3.16': {
    unit: 'days',
    cohorts: [CFC],
    notes: [
      {
        kind: 'data-quality',
        text: 'The comment says "down to 293 in the latest quarter", but Q2 is printed 302; 293 is the Q1 figure, so the comment appears to be carried over from the Q1 scorecard. Both left as printed.',
      },
      { kind: 'transcription', text: 'The National Av cell (558) does not state a period, so the comparator has none.' },
    ],
  },
  'P3.17': {
    unit: 'days',
    cohorts: [CFC],
    reportedRag: { rag: 'amber', ragRaw: 'rated as amber' },
    notes: [
      {
        kind: 'transcription',
        text: 'The RAG cell is empty (colours were lost); the comment states "This has been rated as amber", so the Q2 reported status carries rag amber cited to the comment. The direction-of-travel cell is empty.',
      },
      {
        kind: 'transcription',
        text: 'The National Av cell (226) does not state a period, so the comparator has none. The comment\'s "national target" is read as the printed Target 121 (Q2 128 exceeds it).',
      },
    ],
  },
  'P3.18': {
    unit: 'days',
    cohorts: [CFC],
    notes: [
      {
        kind: 'transcription',
        text: 'The Stat Neigh cell holds "Av", residue of the split "Stat Neigh Av" header, not a value; no statistical-neighbour comparator is recorded.',
      },
      {
        kind: 'data-quality',
        text: 'The comment is word for word the P3.16 comment and says "down to 293 in the latest quarter", but Q2 is printed 292 (293 is the Q1 figure), so it appears to be carried over. Both left as printed.',
      },
    ],
  },
  'P3.19': {
    unit: 'percent',
    cohorts: [CFC, CL],
    notes: [
      {
        kind: 'data-quality',
        text: 'The comment says "Of the 15 16-18 year olds who left care in quarter 2, 12 achieved independence", i.e. 12/15 = 80%, but Q2 is printed 83%. Both left as printed.',
      },
      {
        kind: 'transcription',
        text: 'Cohorts: young people leaving care at 16-18, tagged for both cared for children and care leavers. Polarity is blank in the source, so it is "none".',
      },
    ],
  },

  'P4.1': {
    unit: 'percent',
    cohorts: [CFC, HEALTH],
    notes: [
      { kind: 'transcription', text: TAB_POSITION_NOTE('P4.1', '68%, 72%') },
      {
        kind: 'context',
        text: 'The comment says Health and local-authority figures are being reconciled and "a retrospective position for the year will be published", so these figures may be restated.',
      },
      {
        kind: 'data-quality',
        text: 'The health annual report (Table 1, line 1012) gives 64% for "Request received with 48 hrs" in Q4 2017-18, against the year-end 2017-18 figure 68% here; the periods may differ (quarter vs year).',
        source: src(1012),
      },
    ],
  },
  'P4.2': {
    unit: 'percent',
    cohorts: [CFC, HEALTH],
    alternateNote: 'Printed in brackets after 57%; the document does not explain it.',
    notes: [
      { kind: 'transcription', text: TAB_POSITION_NOTE('P4.2', '"57% (63%)", 65%') },
      {
        kind: 'transcription',
        text: 'Year-end 2017-18 is printed "57% (63%)": recorded as 57 with an alternate 63. The document does not explain the bracketed figure (the P4.1 comment about reconciling Health and local-authority figures may be related). Neither figure is preferred or averaged.',
      },
      {
        kind: 'data-quality',
        text: 'The health annual report (Table 1, line 1012) gives 70% for "IHA within 20 working days" in Q4 2017-18, against the year-end 2017-18 figure 57% (63%) here; the periods may differ (quarter vs year).',
        source: src(1012),
      },
    ],
  },
  'P4.3': {
    unit: 'percent',
    cohorts: [CFC, HEALTH],
    frequency: 'year-to-date',
    notes: [
      {
        kind: 'context',
        text: "Comment cross-check: 396 in timescale out of 495 cared for children = 80.0%, matching Q2 80%. The year-end 88% matches the health report's 87.7% (line 1032) rounded.",
      },
    ],
  },
  'P4.4': {
    unit: 'percent',
    cohorts: [CL, HEALTH],
    notes: [
      {
        kind: 'transcription',
        text: 'Unit: the title says "Number of care leavers with a health passport" but the printed values are percentages (85%, 47%), so the unit is percent.',
      },
      { kind: 'context', text: 'Comment cross-check: 7 of the 15 who turned 18 in Q2 received a passport, 7/15 = 46.7%, printed 47%.' },
    ],
  },
  'P4.5': { unit: 'count', cohorts: [CL, HEALTH] },
  'P4.6': {
    unit: 'percent',
    cohorts: [CFC, HEALTH],
    notes: [
      {
        kind: 'context',
        text: 'The threshold here is an SDQ score of 20 or above; the health annual report treats 17 or more as a cause for concern (line 1085).',
        source: src(1085),
      },
    ],
  },
  'P4.7': {
    unit: 'percent',
    cohorts: [CFC, HEALTH],
    notes: [
      {
        kind: 'transcription',
        text: 'No figures, no lead and no comment are printed. Nothing in the row says the data is being developed, so the empty cells are recorded as not reported (not "under development"), although the shared data notes list this row among those with no data yet. Polarity is blank in the source, so it is "none".',
      },
    ],
  },
  'P4.8': {
    unit: 'count',
    cohorts: [CFC, HEALTH],
    notes: [
      {
        kind: 'definition',
        effectiveFrom: '2018-19-Q1',
        breaksSeries: true,
        text: 'The title says the quarterly figure is "5 or more times in any month in that quarter"; the year-end 2017-18 figure (27) is on a different, unstated basis, so it should not be compared with the quarterly figures (9, 11).',
      },
    ],
  },

  'P5.1': {
    unit: 'percent',
    cohorts: [CL],
    notes: [
      { kind: 'transcription', text: 'Unit: the title says "Number/ %" and the only printed value is 95%, so the unit is percent.' },
      { kind: 'transcription', text: 'The comment is truncated in the source ("young people have a plan."); kept as printed.' },
    ],
  },
  'P5.2': {
    unit: 'percent',
    cohorts: [CL],
    notes: [
      {
        kind: 'data-quality',
        text: 'The comment says 8 of the 115 in the cohort are in unsuitable accommodation, i.e. 107/115 = 93.0%, but Q2 is printed 94%. Both left as printed.',
      },
    ],
  },
  'P5.3': {
    unit: 'count',
    cohorts: [CFC],
    notes: [
      {
        kind: 'transcription',
        text: 'Cohort: tagged cared for children as a corporate parenting scorecard row, but the title says "All Individuals" and the comment\'s contacts concern families generally, so the count may not be limited to cared for children. Polarity is blank in the source, so it is "none".',
      },
      {
        kind: 'context',
        text: 'Q1 and Q2 are printed "Supressed" (sic) and carry no figure. The year-end 2017-18 value 5 is printed in the source and is kept; it is consistent with the P5.8 rule that figures less than 5 are suppressed.',
      },
    ],
  },
  'P5.4': {
    unit: 'percent',
    cohorts: [CFC],
    frequency: 'year-to-date',
    notes: [
      {
        kind: 'transcription',
        text: 'Unit: the title says "%/ number" and all printed values are percentages, so the unit is percent. Cohort: children leaving care to return home, tagged cared for children. Polarity is blank in the source, so it is "none".',
      },
      {
        kind: 'context',
        text: 'Comment cross-check: 1 of the 9 who left care to return home in the year to date is aged 16+, 1/9 = 11%, matching Q2 11%.',
      },
    ],
  },
  'P5.5': {
    unit: 'count',
    cohorts: [CFC],
    notes: [
      {
        kind: 'transcription',
        text: 'No figures are printed and the comment is truncated to "restructure."; it does not say the data is being developed, so the empty cells are recorded as not reported (not "under development"), although the shared data notes list this row among those with no data yet. Polarity is blank in the source, so it is "none".',
      },
    ],
  },
  'P5.6': {
    unit: 'count',
    cohorts: [CL],
    notes: [
      {
        kind: 'transcription',
        text: 'Cohort: staying put arrangements are for care leavers, so tagged care leavers. Polarity is blank and the comment is empty in the source.',
      },
    ],
  },
  'P5.7': {
    unit: 'count',
    cohorts: [CFC],
    notes: [{ kind: 'transcription', text: 'The comment is truncated in the source ("sentenced during quarter 2."); kept as printed.' }],
  },
  'P5.8': { unit: 'count', cohorts: [CFC] },
}

// ---------------------------------------------------------------------------
// Parsing helpers: they accept only the shapes this table uses and throw on
// anything else, so a surprise in the source stops the script.
// ---------------------------------------------------------------------------
const POLARITY = { 'High is Good': 'high-is-good', 'Low is Good': 'low-is-good', '': 'none' }
const NUM = String.raw`\d+(?:\.\d+)?`

// The Target column is the 2018-19 target: it applies from Q1 2018-19, not to
// the 2017-18 year end or earlier figures added from other documents.
const TARGET_FROM = '2018-19-Q1'

function parseTarget(raw) {
  if (raw === '') return undefined
  let m = raw.match(new RegExp(`^(${NUM})\\s*-\\s*(${NUM})$`))
  if (m) return { kind: 'range', min: Number(m[1]), max: Number(m[2]), printed: raw, from: TARGET_FROM }
  m = raw.match(new RegExp(`^(${NUM})%?$`))
  if (m) return { kind: 'number', value: Number(m[1]), printed: raw, from: TARGET_FROM }
  throw new Error(`unexpected target ${JSON.stringify(raw)}`)
}

function parseCell(raw, period, source, meta) {
  const note = meta.cellNotes?.[period]
  const withNote = (cell) => (note ? { ...cell, note } : cell)
  if (raw === '') return withNote({ period, kind: meta.empty ?? 'not-reported', printed: '', source })
  if (raw === 'Supressed') return withNote({ period, kind: 'suppressed', printed: raw, source })
  let m = raw.match(new RegExp(`^(${NUM})%?$`))
  if (m) return withNote({ period, kind: 'number', number: Number(m[1]), printed: raw, source })
  m = raw.match(new RegExp(`^((${NUM})%) \\(((${NUM})%)\\)$`))
  if (m) {
    const alternate = { number: Number(m[4]), printed: m[3] }
    if (meta.alternateNote) alternate.note = meta.alternateNote
    return withNote({ period, kind: 'number', number: Number(m[2]), printed: raw, alternate, source })
  }
  throw new Error(`unexpected value ${JSON.stringify(raw)} (${period})`)
}

function parseComparator(raw, kind, period, source) {
  if (raw === '' || raw === 'Av') return undefined // "Av": P3.18 header residue, see its note
  if (!new RegExp(`^${NUM}$`).test(raw)) throw new Error(`unexpected comparator ${JSON.stringify(raw)}`)
  const c = { kind }
  if (period) c.period = period
  return { ...c, number: Number(raw), printed: raw, source }
}

function sectionFor(ref) {
  if (ref.startsWith('G')) return 'general'
  const m = ref.match(/^P([1-5])\./)
  if (!m) throw new Error(`unexpected ref ${ref}`)
  return `pledge-${m[1]}`
}

// ---------------------------------------------------------------------------
const lines = readFileSync(SOURCE, 'utf8').split('\n')
const indicators = []
for (let n = FIRST_LINE; n <= LAST_LINE; n++) {
  const text = lines[n - 1]
  if (!/^[GP]\d/.test(text)) continue
  const fields = text.split('\t')
  if (fields.length !== 18) throw new Error(`line ${n}: ${fields.length} fields`)
  const f = (i) => fields[i - 1]
  const ref = f(F.ref)
  const meta = META[ref]
  if (!meta) throw new Error(`no META for ${ref}`)
  for (const i of [F.q3, F.q4, F.rag]) if (f(i) !== '') throw new Error(`${ref}: field ${i} not empty`)
  if (!(f(F.polarity) in POLARITY)) throw new Error(`${ref}: polarity ${f(F.polarity)}`)

  const ind = {
    ref,
    title: f(F.title),
    section: sectionFor(ref),
    cohorts: meta.cohorts,
  }
  if (f(F.lead) !== '') ind.lead = f(F.lead)
  ind.infoFrom = f(F.infoFrom)
  ind.polarity = POLARITY[f(F.polarity)]
  ind.unit = meta.unit
  ind.frequency = meta.frequency ?? 'quarterly'
  const target = parseTarget(f(F.target))
  if (target) ind.target = target
  const priorities = {}
  if (f(F.cyp) !== '') priorities.cyp = f(F.cyp)
  if (f(F.corporate) !== '') priorities.corporate = f(F.corporate)
  if (Object.keys(priorities).length) ind.priorities = priorities
  ind.source = src(n)

  ind.values = VALUE_COLUMNS.map(({ field, period, column }) => parseCell(f(field), period, src(n, column), meta))

  ind.comparators = [
    parseComparator(f(F.statNeigh), 'stat-neighbours', meta.comparatorPeriods?.[F.statNeigh], src(n, 'Stat Neigh Av')),
    parseComparator(f(F.national), 'england', meta.comparatorPeriods?.[F.national], src(n, 'National Av')),
    ...(meta.extraComparators ?? []),
  ].filter(Boolean)

  ind.commentary = f(F.comments) === '' ? [] : [{ period: REPORT_PERIOD, text: f(F.comments), source: src(n, 'Comments') }]
  ind.notes = meta.notes ?? []

  ind.reported = []
  if (f(F.dot) !== '' || meta.reportedRag) {
    const r = { period: REPORT_PERIOD }
    if (meta.reportedRag) Object.assign(r, meta.reportedRag)
    if (f(F.dot) !== '') r.directionRaw = f(F.dot)
    r.source = f(F.dot) !== '' ? src(n, 'Quarterly dir of travel') : src(n, 'Comments')
    ind.reported.push(r)
  }
  indicators.push(ind)
}

const seen = new Set(indicators.map((i) => i.ref))
for (const ref of Object.keys(META)) if (!seen.has(ref)) throw new Error(`META ${ref} not in source`)
if (indicators.length !== 57) throw new Error(`expected 57 rows, got ${indicators.length}`)

const scorecard = {
  format: 'corporate-parenting-scorecard/1',
  authority: 'Cheshire East Council',
  title: 'Corporate Parenting Scorecard 2018-19',
  reportingYear: '2018-19',
  documents: [{ id: DOC, file: '004_330a9463a0551b28.txt', title: 'Corporate Parenting Committee agenda pack', date: '2019-01-22' }],
  periods: [
    { id: '2016-17-YE', label: 'Year end 2016-17', kind: 'year-end', start: '2016-04-01', end: '2017-03-31' },
    { id: '2017-18-YE', label: 'Year end 2017-18', kind: 'year-end', start: '2017-04-01', end: '2018-03-31' },
    { id: '2018-19-Q1', label: 'Q1 2018-19', kind: 'quarter', start: '2018-04-01', end: '2018-06-30' },
    { id: '2018-19-Q2', label: 'Q2 2018-19', kind: 'quarter', start: '2018-07-01', end: '2018-09-30' },
    { id: '2018-19-Q3', label: 'Q3 2018-19', kind: 'quarter', start: '2018-10-01', end: '2018-12-31' },
    { id: '2018-19-Q4', label: 'Q4 2018-19', kind: 'quarter', start: '2019-01-01', end: '2019-03-31' },
  ],
  sections: [
    { id: 'general', title: 'General', kind: 'general' },
    {
      id: 'pledge-1',
      title: 'Priority 1 - Being a Good Corporate Parent',
      kind: 'pledge',
      pledge: 1,
      pledgeText: 'We will be a good corporate parent',
    },
    {
      id: 'pledge-2',
      title: 'Priority 2 - Improved Education, Employment and Training',
      kind: 'pledge',
      pledge: 2,
      pledgeText: 'We will improve education, employment and training outcomes',
    },
    {
      id: 'pledge-3',
      title: 'Priority 3 - Achieving Permanence and Staying Safe',
      kind: 'pledge',
      pledge: 3,
      pledgeText: 'We will work to achieve permanence and keep children safe',
    },
    {
      id: 'pledge-4',
      title: 'Priority 4 - Improve Health and Wellbeing Outcomes',
      kind: 'pledge',
      pledge: 4,
      pledgeText: 'We will improve health and wellbeing outcomes',
    },
    {
      id: 'pledge-5',
      title: 'Priority 5 - Preparing for Adulthood',
      kind: 'pledge',
      pledge: 5,
      pledgeText: 'We will prepare young people for adulthood',
    },
  ],
  indicators,
}

const json = JSON.stringify(scorecard, null, 2) + '\n'
if (process.argv.includes('--check')) {
  const onDisk = readFileSync(OUT, 'utf8')
  if (onDisk !== json) {
    console.error(`${OUT} is out of date; rerun without --check`)
    process.exit(1)
  }
  console.log(`${OUT} is up to date (${indicators.length} indicators)`)
} else {
  writeFileSync(OUT, json)
  console.log(`wrote ${OUT} (${indicators.length} indicators)`)
}
