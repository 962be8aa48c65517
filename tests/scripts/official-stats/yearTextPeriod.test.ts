// Every year shape found in bds_long_0.parquet maps to a period by the
// measure's Year_Type, keeping the printed text; unknown shapes are errors.
import { describe, expect, it } from 'vitest'
import { periodOfYearText } from '../../../scripts/official-stats/yearTextPeriod'

describe('periodOfYearText', () => {
  it.each([
    // text, Year_Type, kind, start, end, label, mark
    ['2018', 'Annual', 'snapshot', '2018-03-31', '2018-03-31', '31 March 2018', undefined],
    ['2018', 'Financial Year', 'year-ending', '2017-04-01', '2018-03-31', 'year ending 31 March 2018', undefined],
    ['2025', 'Annual (end of Sept)', 'year-ending', '2024-10-01', '2025-09-30', 'year ending 30 September 2025', undefined],
    ['2019', 'Academic Year', 'academic-year', '2018-09-01', '2019-08-31', 'academic year 2018/19', undefined],
    ['2016', 'Calendar Year', 'calendar-year', '2016-01-01', '2016-12-31', 'calendar year 2016', undefined],
    ['2016', 'Annual - January', 'january-census', '2016-01-01', '2016-01-31', 'January 2016 (school census)', undefined],
    ['2018-19', 'Financial Year', 'financial-year', '2018-04-01', '2019-03-31', 'financial year 2018-19', undefined],
    ['2015-16', 'Academic Year', 'academic-year', '2015-09-01', '2016-08-31', 'academic year 2015/16', undefined],
    ['2017/18', 'Academic Year', 'academic-year', '2017-09-01', '2018-08-31', 'academic year 2017/18', undefined],
    ['2014-16', 'Calendar Year', 'multi-year', '2014-01-01', '2016-12-31', '3 calendar years 2014 to 2016', undefined],
    ['2013/14-15/16', 'Financial Year', 'multi-year', '2013-04-01', '2016-03-31', '3 financial years 2013-14 to 2015-16', undefined],
    ['2018 (Rev)', 'Academic Year', 'academic-year', '2017-09-01', '2018-08-31', 'academic year 2017/18 (revised)', 'revised'],
    ['2020 (Final)', 'Academic Year', 'academic-year', '2019-09-01', '2020-08-31', 'academic year 2019/20 (final)', 'final'],
    ['2025 (prov)', 'Academic Year', 'academic-year', '2024-09-01', '2025-08-31', 'academic year 2024/25 (provisional)', 'provisional'],
    ['2016-17 (OT)', 'Financial Year', 'financial-year', '2016-04-01', '2017-03-31', 'financial year 2016-17 (outturn)', 'outturn'],
    ['1999-00', 'Financial Year', 'financial-year', '1999-04-01', '2000-03-31', 'financial year 1999-00', undefined],
  ])('"%s" (%s) is %s %s to %s', (text, yearType, kind, start, end, label, mark) => {
    const result = periodOfYearText(text, yearType)
    expect(result).toEqual({ ok: true, period: { text, kind, start, end, label, ...(mark ? { mark } : {}) } })
  })

  it.each([
    ['0', 'Academic Year'],
    ['2018', 'Weekly'],
    ['2018-20', 'Financial Year'],
    ['2018-18', 'Financial Year'],
    ['2018-19 (Rev)', 'Financial Year'],
    ['2018/19-18/19', 'Financial Year'],
    ['2013/14-15/16', 'Calendar Year'],
    ['2014-16 (OT)', 'Calendar Year'],
    ['2018-19', 'Calendar Year'],
    ['18', 'Financial Year'],
    ['2018 (provisional)', 'Academic Year'],
  ])('"%s" (%s) is reported, not guessed', (text, yearType) => {
    const result = periodOfYearText(text, yearType)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.reason).toContain(`"${text}"`)
  })
})
