import { describe, expect, it } from 'vitest'
import { countLeftOut, describeLeftOut } from '../../src/domain/describeLeftOut'
import type { DataIssue } from '../../src/domain/parseScorecard'

const issue = (over: Partial<DataIssue>): DataIssue => ({ severity: 'error', file: 'a.json', field: 'x', message: 'm', ...over })

describe('describeLeftOut', () => {
  it('says nothing was left out when there are only warnings', () => {
    expect(describeLeftOut([issue({ severity: 'warning' })])).toBe(
      'Nothing was left out: everything is shown, and the warnings below are worth checking.',
    )
  })

  it('counts each thing left out once, however many issues are about it, per file', () => {
    const issues = [
      issue({ field: 'periods[1].label', leftOut: { kind: 'period', item: 'periods[1]' } }),
      issue({ field: 'periods[1].kind', leftOut: { kind: 'period', item: 'periods[1]' } }),
      issue({ file: 'b.json', leftOut: { kind: 'period', item: 'periods[1]' } }),
      issue({ leftOut: { kind: 'value', item: 'indicators[0].values[1]' } }),
      issue({ leftOut: { kind: 'reported status', item: 'indicators[0].reported[0]' } }),
      issue({ leftOut: { kind: 'reported status', item: 'indicators[0].reported[1]' } }),
      issue({}),
      issue({ severity: 'warning' }),
    ]
    expect(countLeftOut(issues)).toEqual([
      { kind: 'period', count: 2 },
      { kind: 'value', count: 1 },
      { kind: 'reported status', count: 2 },
      { kind: 'other', count: 1 },
    ])
    expect(describeLeftOut(issues)).toBe(
      'Not shown: 2 periods, 1 value, 2 reported statuses and 1 other part, because of the problems listed below. Everything else is shown.',
    )
  })
})
