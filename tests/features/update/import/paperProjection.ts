// What the paper layout can carry, as one comparable object per indicator.
//
// The paper scorecard (and so our CSV / XLSX) carries: ref, title, section
// (heading), lead, "info available from", polarity, target, the statistical
// neighbours and national comparators printed in their own columns, the
// year-end and four quarter cells (printed text and kind, and the number,
// answer or alternate figure they read as), the RAG and direction of travel
// reported for the report period, the commentary for the report period and
// the plan priorities.
//
// It cannot carry: sources (document and line), notes, cell notes (such as the
// note on an alternate figure), periods a comparator describes, comparators
// from comments, ragRaw wording, commentary or figures for other periods (the
// history), unit, frequency, cohorts, amber tolerance, pledge text. On import
// the importer sources every item to {doc: <file name>, line: <row number>,
// column: <header as in the file>}, records the file in `documents`, and when
// it updates a current scorecard keeps everything the paper cannot carry from
// the current indicator (a cell that reads the same keeps its original source).
// A standalone import assumes unit, frequency and cohorts from the title and
// figures and says so in the report.
import { paperCellText, paperComparatorText, paperTargetText } from '../../../../src/domain/spreadsheet/paperText'
import { matchHeader } from '../../../../src/domain/spreadsheet/matchHeader'
import type { Indicator, Scorecard } from '../../../../src/domain/scorecardSchema'

export function paperProjection(scorecard: Scorecard, columnPeriodIds: readonly string[], reportPeriodId: string) {
  return scorecard.indicators.map((i) => projectIndicator(i, scorecard, columnPeriodIds, reportPeriodId))
}

export function projectIndicator(i: Indicator, scorecard: Scorecard, columnPeriodIds: readonly string[], reportPeriodId: string) {
  const section = scorecard.sections.find((s) => s.id === i.section)
  const inColumn = (kind: string, field: string) =>
    i.comparators
      .filter((c) => c.kind === kind && c.source.column !== undefined && matchHeader(c.source.column)?.field === field)
      .map((c) => ({ number: c.number, printed: paperComparatorText(c, i.unit) }))
  const reported = i.reported.find((r) => r.period === reportPeriodId)
  return {
    ref: i.ref,
    title: i.title,
    section: { id: section?.id, title: section?.title },
    lead: i.lead ?? null,
    infoFrom: i.infoFrom ?? null,
    polarity: i.polarity,
    target: i.target
      ? {
          kind: i.target.kind,
          text: paperTargetText(i.target, i.unit),
          ...(i.target.kind === 'number'
            ? { value: i.target.value }
            : i.target.kind === 'range'
              ? { min: i.target.min, max: i.target.max }
              : {}),
        }
      : null,
    statNeighbours: inColumn('stat-neighbours', 'statNeighbours'),
    national: inColumn('england', 'national'),
    cells: columnPeriodIds.map((id) => {
      const cell = i.values.find((v) => v.period === id)
      if (!cell) return null
      return {
        period: id,
        kind: cell.kind,
        printed: paperCellText(cell, i.unit),
        ...(cell.kind === 'number' ? { number: cell.number, alternate: cell.alternate?.number ?? null } : {}),
        ...(cell.kind === 'yes-no' ? { answer: cell.answer } : {}),
        ...(cell.kind === 'text' ? { text: cell.text } : {}),
      }
    }),
    reported: { rag: reported?.rag ?? null, directionRaw: reported?.directionRaw ?? null },
    commentary: i.commentary.filter((c) => c.period === reportPeriodId).map((c) => c.text),
    priorities: i.priorities ?? {},
  }
}
