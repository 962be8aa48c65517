// The rules for scroll and focus on arriving at a location (src/app/pageArrival.ts).
import { describe, expect, it } from 'vitest'
import { arrivalFor, type ArrivalInput } from '../../src/app/pageArrival'

const at = (path: string) => {
  const url = new URL(path, 'http://app.invalid')
  return { pathname: url.pathname, search: url.search, hash: url.hash }
}
const arrive = (action: ArrivalInput['action'], before: string | undefined, location: string, saved?: number) =>
  arrivalFor({ action, before: before === undefined ? undefined : at(before), location: at(location), saved })

describe('arriving at a page', () => {
  it('leaves the first load as the browser drew it, unless it is a reload of an entry with a position', () => {
    expect(arrive('POP', undefined, '/indicator/P4.4')).toEqual({ scroll: null, focus: null })
    expect(arrive('POP', undefined, '/', 2600)).toEqual({ scroll: { to: 'position', y: 2600 }, focus: null })
  })

  it('starts a page opened from a link at its top, with its heading focused', () => {
    expect(arrive('PUSH', '/?period=2018-19-Q2', '/indicator/P4.4?period=2018-19-Q2')).toEqual({
      scroll: { to: 'top' },
      focus: { to: 'heading' },
    })
    // The next indicator is another page too.
    expect(arrive('PUSH', '/indicator/P4.4', '/indicator/P4.5')).toEqual({ scroll: { to: 'top' }, focus: { to: 'heading' } })
  })

  it('on Back or Forward, returns to the position seen there, with focus on the link to the page left', () => {
    expect(arrive('POP', '/indicator/P4.4?period=2018-19-Q2', '/?period=2018-19-Q2', 2600)).toEqual({
      scroll: { to: 'position', y: 2600 },
      focus: { to: 'link', href: '/indicator/P4.4?period=2018-19-Q2' },
    })
    // Left for P4.4, then on to P4.5: back to the link the person used, P4.4's.
    expect(
      arrivalFor({ action: 'POP', before: at('/indicator/P4.5'), location: at('/'), saved: 2600, leftFor: '/indicator/P4.4' }).focus,
    ).toEqual({ to: 'link', href: '/indicator/P4.4' })
    // An entry never seen in this tab (its positions were lost): its top.
    expect(arrive('POP', '/indicator/P4.4', '/scorecard')).toEqual({
      scroll: { to: 'top' },
      focus: { to: 'link', href: '/indicator/P4.4' },
    })
  })

  it('moves nothing for a change within a page: a filter, the period, Back through them', () => {
    expect(arrive('PUSH', '/scorecard', '/scorecard?rag=red')).toEqual({ scroll: null, focus: null })
    expect(arrive('REPLACE', '/scorecard?q=ne', '/scorecard?q=neet')).toEqual({ scroll: null, focus: null })
    expect(arrive('POP', '/scorecard?rag=red', '/scorecard', 300)).toEqual({ scroll: { to: 'position', y: 300 }, focus: null })
  })

  it('focuses the heading for a change within a page that asks for it (another council chosen), scrolling nothing', () => {
    const input = { action: 'PUSH' as const, before: at('/compare?la=895'), location: at('/compare?la=380'), saved: undefined }
    expect(arrivalFor({ ...input, focusHeading: true })).toEqual({ scroll: null, focus: { to: 'heading' } })
    expect(arrivalFor(input)).toEqual({ scroll: null, focus: null })
  })

  it('leaves a fragment link within the page (the skip link) to the browser, and scrolls a pushed one into view', () => {
    expect(arrive('POP', '/', '/#main', 0)).toEqual({ scroll: null, focus: null })
    expect(arrive('PUSH', '/indicator/P4.4', '/?period=2018-19-Q2#attention')).toEqual({
      scroll: { to: 'element', id: 'attention' },
      focus: { to: 'element', id: 'attention' },
    })
  })
})
