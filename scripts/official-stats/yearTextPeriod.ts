// LAIT's year texts ("2018", "2018-19", "2017/18", "2014-16", "2018 (Rev)",
// "2025 (prov)", "2016-17 (OT)") mapped to periods. What a bare year means
// depends on the measure's Year_Type in the data dictionary, so both are
// needed. A shape not listed here is an error, never a guess.
//
// Checked against the releases' own files (../shared/official-stats/ees):
// - Academic Year "2019" is 2018/19: LAIT's England LAC_KS2_ExpStd_RWM for
//   2019 is 37 and ks2_la.csv's 201819 "CLA 12 months at 31 March" is 37; its
//   "2020" and "2021" are `-` where EES has `x` for 201920 and 202021 (no
//   tests in the pandemic); LAC_Pers_Abs "2025" = 20.3 = absence_la 202425.
// - Annual (end of Sept) "2025" is the workforce census at 30 September 2025
//   (csww_indicators time_period 2025: turnover 11.8, the same as LAIT).
// - "(OT)" is outturn: those measures' chart titles read "S251/Outturn" and
//   their methodology "Total funding ... recorded on outturn" (spending as
//   reported after the year, not the budget).
import type { OfficialPeriod, PeriodMark } from '../../src/domain/official/officialDataset'

export type YearTextResult = { ok: true; period: OfficialPeriod } | { ok: false; reason: string }

const MARKS: Record<string, PeriodMark> = { Rev: 'revised', Final: 'final', prov: 'provisional', OT: 'outturn' }

const iso = (year: number, month: number, day: number) =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`

/** "2018", "19" → 2019: a two-digit year after a four-digit one, in the same or the next century. */
function fullYear(first: number, twoDigits: string): number {
  const candidate = Math.floor(first / 100) * 100 + Number(twoDigits)
  return candidate < first ? candidate + 100 : candidate
}

const short = (year: number) => String(year % 100).padStart(2, '0')

function singleYear(year: number, yearType: string): Omit<OfficialPeriod, 'text'> | string {
  switch (yearType) {
    case 'Annual':
      // The five "Annual" measures (LAC, LACnum, CIN, CPP_rate, CPP_Num) are counts and rates on 31 March.
      return { kind: 'snapshot', start: iso(year, 3, 31), end: iso(year, 3, 31), label: `31 March ${year}` }
    case 'Financial Year':
      return { kind: 'year-ending', start: iso(year - 1, 4, 1), end: iso(year, 3, 31), label: `year ending 31 March ${year}` }
    case 'Annual (end of Sept)':
      return { kind: 'year-ending', start: iso(year - 1, 10, 1), end: iso(year, 9, 30), label: `year ending 30 September ${year}` }
    case 'Academic Year':
      return { kind: 'academic-year', start: iso(year - 1, 9, 1), end: iso(year, 8, 31), label: `academic year ${year - 1}/${short(year)}` }
    case 'Calendar Year':
      return { kind: 'calendar-year', start: iso(year, 1, 1), end: iso(year, 12, 31), label: `calendar year ${year}` }
    case 'Annual - January':
      return { kind: 'january-census', start: iso(year, 1, 1), end: iso(year, 1, 31), label: `January ${year} (school census)` }
    default:
      return `a bare year with the unknown Year_Type "${yearType}"`
  }
}

/** A year written with its end, "2018-19" or "2017/18": a financial or academic year by Year_Type. */
function spanYear(start: number, yearType: string): Omit<OfficialPeriod, 'text'> | string {
  if (yearType === 'Financial Year')
    return {
      kind: 'financial-year',
      start: iso(start, 4, 1),
      end: iso(start + 1, 3, 31),
      label: `financial year ${start}-${short(start + 1)}`,
    }
  if (yearType === 'Academic Year')
    return {
      kind: 'academic-year',
      start: iso(start, 9, 1),
      end: iso(start + 1, 8, 31),
      label: `academic year ${start}/${short(start + 1)}`,
    }
  return `a one-year span with the Year_Type "${yearType}"`
}

export function periodOfYearText(text: string, yearType: string): YearTextResult {
  const found = (p: Omit<OfficialPeriod, 'text'> | string, mark?: PeriodMark): YearTextResult =>
    typeof p === 'string'
      ? { ok: false, reason: `"${text}": ${p}` }
      : { ok: true, period: { text, ...p, ...(mark ? { mark, label: `${p.label} (${mark})` } : {}) } }

  // "2018", "2018 (Rev)", "2020 (Final)", "2025 (prov)"
  let m = /^(\d{4})(?: \((Rev|Final|prov)\))?$/.exec(text)
  if (m) return found(singleYear(Number(m[1]), yearType), m[2] ? MARKS[m[2]] : undefined)

  // "2018-19", "2016-17 (OT)", "2017/18"; or "2014-16", a run of calendar years
  m = /^(\d{4})([-/])(\d{2})(?: \((OT)\))?$/.exec(text)
  if (m) {
    const start = Number(m[1])
    const end = fullYear(start, m[3]!)
    const mark = m[4] ? MARKS[m[4]] : undefined
    if (end === start + 1) return found(spanYear(start, yearType), mark)
    if (end > start + 1 && m[2] === '-' && !mark && yearType === 'Calendar Year') {
      return found({
        kind: 'multi-year',
        start: iso(start, 1, 1),
        end: iso(end, 12, 31),
        label: `${end - start + 1} calendar years ${start} to ${end}`,
      })
    }
    return { ok: false, reason: `"${text}": a span of ${end - start} years with the Year_Type "${yearType}"` }
  }

  // "2013/14-15/16": three financial (or academic) years, first to last
  m = /^(\d{4})\/(\d{2})-(\d{2})\/(\d{2})$/.exec(text)
  if (m) {
    const first = Number(m[1])
    const lastStart = fullYear(first, m[3]!)
    const okEnds = fullYear(first, m[2]!) === first + 1 && fullYear(lastStart, m[4]!) === lastStart + 1 && lastStart > first
    const kindOf = yearType === 'Financial Year' ? 'financial' : yearType === 'Academic Year' ? 'academic' : undefined
    if (!okEnds || !kindOf) return { ok: false, reason: `"${text}": a run of years that does not add up, or the Year_Type "${yearType}"` }
    const firstYear = spanYear(first, yearType) as Omit<OfficialPeriod, 'text'>
    const lastYear = spanYear(lastStart, yearType) as Omit<OfficialPeriod, 'text'>
    const sep = kindOf === 'financial' ? '-' : '/'
    return found({
      kind: 'multi-year',
      start: firstYear.start,
      end: lastYear.end,
      label: `${lastStart - first + 1} ${kindOf} years ${first}${sep}${short(first + 1)} to ${lastStart}${sep}${short(lastStart + 1)}`,
    })
  }

  return { ok: false, reason: `"${text}": an unknown year shape` }
}
