// A new scorecard as a spreadsheet to fill in, in the layout the importer
// reads best: the council's name in the title rows, headings it recognises
// without help (a column each for unit, cohort and frequency, so nothing is
// guessed), the council's sections as heading rows, any official measures
// already in place with their past years, and a Notes sheet explaining each
// column. Cells are protected against formula injection as in every export.
import { excelFigureFor } from './excelNumberFormat'
import { neutraliseFormula } from './formulaGuard'
import { groupBySection } from '../groupBySection'
import { quarterPeriod } from '../financialYear'
import { comparePeriods, indexPeriods } from '../periods'
import type { Indicator, Period, Scorecard, ValueCell } from '../scorecardSchema'
import { COHORT_LABELS } from '../summarise'
import { capitalise, FREQUENCY_WORDS, POLARITY_WORDS, UNIT_WORDS } from '../wording'
import { headingOfPeriod } from './readPeriodHeading'
import type { PaperCell, PaperRow } from './serialisePaperLayout'

export type TemplateSheet = { name: string; columns: string[]; rows: PaperRow[] }

const text = (raw: string): PaperCell => ({ text: neutraliseFormula(raw) })
const figure = (raw: string): PaperCell => {
  const asNumber = excelFigureFor(raw)
  return asNumber ? { text: neutraliseFormula(raw), figure: asNumber } : text(raw)
}

/** The columns before the figures, each with what the Notes sheet says about it. */
const LEADING_COLUMNS: readonly [string, string, string][] = [
  ['Ref', 'A short reference for the indicator, unique in the scorecard: letters then digits, such as G1, P1.2 or DFE3.', 'P1.2'],
  ['Indicator', 'What is measured, in words: the indicator’s title.', '% of cared for children reviews in timescales'],
  ['Polarity', 'Whether a higher or a lower figure is better: High is Good, Low is Good, or blank for context only.', 'High is Good'],
  ['Unit', 'What the figures are: %, Number, Rate per 10,000, Days, £ per week, Score or Yes/No.', '%'],
  ['Frequency', 'How often it is reported: Quarterly, Monthly, Termly, Annual, Year to date or As at.', 'Quarterly'],
  ['Cohort', 'Who it is about: Cared for children, Care leavers, Sufficiency or Health (several separated by ;).', 'Cared for children'],
  ['Target', 'The figure aimed for, or a range such as 400-450. Blank when there is none.', '95%'],
  ['Amber tolerance', 'How far short of the target is still amber rather than red, in the indicator’s unit.', '5'],
  ['Lead', 'The officer who answers for it.', 'Head of Service'],
  ['Source', 'Where the figures come from (the team or dataset).', 'BI Team'],
  [
    'DfE measure',
    'The code of the DfE’s published measure it is, if it is one (as in the DfE’s LAIT), so the app can show the published figures beside yours.',
    'LACnum_Start',
  ],
  ['Stat Neigh Av', 'The statistical neighbours’ average, if you report one.', '62.5'],
  ['England average', 'The England average, if you report one.', '70'],
]
const TRAILING_COLUMNS: readonly [string, string, string][] = [
  ['RAG', 'The rating you report for the latest period (Red, Amber or Green); the app also works out its own.', 'Green'],
  ['Direction of travel', 'The direction you report for the latest period, as an arrow or in words.', '↑'],
  ['Comments', 'Commentary for the latest period with figures.', 'Reviews back on time after staffing changes.'],
]

function cellText(cell: ValueCell | undefined, unit: Indicator['unit']): string {
  if (!cell) return ''
  switch (cell.kind) {
    case 'number':
      return cell.printed ?? String(cell.number)
    case 'suppressed':
      return 'Suppressed'
    case 'not-applicable':
      return 'N/A'
    case 'yes-no':
      return cell.answer ? 'Yes' : 'No'
    case 'text':
      return cell.text
    default:
      // No figure in the source: written so it reads back as "not reported", never as a number.
      return unit === 'text' ? '' : '-'
  }
}

/** The template: the scorecard sheet, then the notes sheet. */
export function serialiseTemplate(scorecard: Scorecard, reportingYearStart: number): TemplateSheet[] {
  const periods = indexPeriods(scorecard.periods)
  const quarters = ([1, 2, 3, 4] as const).map((q) => quarterPeriod(reportingYearStart, q))
  const quarterIds = new Set(quarters.map((q) => q.id))
  // Past years the official figures fill, oldest first, then the reporting year's quarters to fill in.
  const past = [...new Set(scorecard.indicators.flatMap((i) => i.values.map((v) => v.period)))]
    .map((id) => periods.get(id))
    .filter((p): p is Period => p !== undefined && !quarterIds.has(p.id) && headingOfPeriod(p) !== undefined)
    .sort(comparePeriods)
  const figureColumns = [...past, ...quarters]
  const columns = [
    ...LEADING_COLUMNS.map(([h]) => h),
    ...figureColumns.map((p) => headingOfPeriod(p)!),
    ...TRAILING_COLUMNS.map(([h]) => h),
  ]
  const width = columns.length
  const pad = (cells: PaperCell[]) => [...cells, ...Array.from({ length: width - cells.length }, () => text(''))]
  const rows: PaperRow[] = [
    { kind: 'title', cells: pad([text(scorecard.title)]) },
    { kind: 'title', cells: pad([text(scorecard.authority)]) },
    { kind: 'title', cells: pad([text(`Reporting year ${scorecard.reportingYear}`)]) },
    { kind: 'header', cells: columns.map(text) },
  ]
  for (const group of groupBySection(scorecard.indicators, (i) => i.section, scorecard.sections)) {
    rows.push({ kind: 'section', cells: pad([text(group.section.title)]) })
    for (const indicator of group.items) {
      const byPeriod = new Map(indicator.values.map((v) => [v.period, v]))
      rows.push({
        kind: 'indicator',
        cells: [
          text(indicator.ref),
          text(indicator.title),
          text(POLARITY_WORDS[indicator.polarity].paper),
          text(capitalise(UNIT_WORDS[indicator.unit].label)),
          text(FREQUENCY_WORDS[indicator.frequency].label),
          text(indicator.cohorts.map((c) => COHORT_LABELS[c]).join('; ')),
          text(''),
          text(indicator.amberTolerance !== undefined ? String(indicator.amberTolerance) : ''),
          text(indicator.lead ?? ''),
          text(indicator.infoFrom ?? ''),
          text(indicator.official?.measure ?? ''),
          text(''),
          text(''),
          ...figureColumns.map((p) => figure(cellText(byPeriod.get(p.id), indicator.unit))),
          text(''),
          text(''),
          text(''),
        ],
      })
    }
  }

  const official = scorecard.documents.find((d) => d.id === 'dfe-lait')
  const notes: PaperRow[] = [
    { kind: 'title', cells: [text(`How to fill in ${scorecard.title}`), text(''), text('')] },
    { kind: 'header', cells: [text('Column'), text('What to put in it'), text('For example')] },
    ...[...LEADING_COLUMNS, ...TRAILING_COLUMNS].map(([h, what, example]): PaperRow => ({
      kind: 'indicator',
      cells: [text(h), text(what), text(example)],
    })),
    {
      kind: 'indicator',
      cells: [
        text(figureColumns.map((p) => headingOfPeriod(p)).join(', ')),
        text(
          'One column of figures for each period, headed with the period (Q1 2025-26, 2024-25, Sep 2025, 30/09/2025…). Type figures as you would print them (95%, 1,204, £3,561); Suppressed, N/A or - (no figure) are kept as words, never as numbers. Add a column for a new period with a heading in the same style.',
        ),
        text('95%'),
      ],
    },
    { kind: 'section', cells: [text('Rows'), text(''), text('')] },
    {
      kind: 'indicator',
      cells: [
        text('Section rows'),
        text('A row with only a section’s name (one of your themes or pledges) starts that section; the indicators below it belong to it.'),
        text(scorecard.sections[0]?.title ?? ''),
      ],
    },
    {
      kind: 'indicator',
      cells: [
        text('Indicator rows'),
        text('One row per indicator, with its ref. A blank cell never removes anything already in the scorecard.'),
        text(''),
      ],
    },
    ...(official
      ? [
          {
            kind: 'indicator' as const,
            cells: [
              text('Pre-filled figures'),
              text(
                `The rows with a ref starting DFE were filled from ${official.title}, the published figures for ${scorecard.authority}; “-” means the source has no figure (suppressed or not available). Check them before use, and change the refs to your own if you wish.`,
              ),
              text(''),
            ],
          },
        ]
      : []),
  ]
  return [
    { name: 'Scorecard', columns, rows },
    { name: 'Notes', columns: ['Column', 'What to put in it', 'For example'], rows: notes },
  ]
}
