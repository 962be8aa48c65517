// The one place app addresses are built: every href is read back by
// react-router's own matcher, so what a link writes is what the page reads.
import { matchRoutes } from 'react-router'
import { describe, expect, it } from 'vitest'
import { cameFrom, linkedFrom, onwardFrom, paths } from '../../src/lib/paths'

const Q2 = '2018-19-Q2'

/** The route params react-router reads from `href` for `pattern`, or undefined when it does not match. */
function paramsOf(pattern: string, href: string) {
  return matchRoutes([{ path: pattern }], href)?.[0]?.params
}

describe('paths', () => {
  it('builds each view’s address, keeping the period', () => {
    expect(paths.overview.href()).toBe('/')
    expect(paths.overview.href({ period: Q2 })).toBe('/?period=2018-19-Q2')
    expect(paths.scorecard.href({ period: Q2 })).toBe('/scorecard?period=2018-19-Q2')
    expect(paths.scorecard.href({ period: Q2, section: 'pledge-2' })).toBe('/scorecard?period=2018-19-Q2&section=pledge-2')
    expect(paths.scorecard.href({ period: Q2, cohort: 'care-leavers' })).toBe('/scorecard?period=2018-19-Q2&cohort=care-leavers')
    expect(paths.indicator.href('P3.17', { period: Q2 })).toBe('/indicator/P3.17?period=2018-19-Q2')
    expect(paths.cohort.href('care-leavers')).toBe('/cohort/care-leavers')
    expect(paths.annualReport.href({ period: Q2 })).toBe('/annual-report?period=2018-19-Q2')
    expect(paths.printPack.href()).toBe('/print')
    expect(paths.update.href()).toBe('/update')
  })

  it('leaves out a period that is not there', () => {
    expect(paths.indicator.href('P3.17', { period: null })).toBe('/indicator/P3.17')
    expect(paths.scorecard.href({ period: '' })).toBe('/scorecard')
  })

  it('builds a deck’s address: deck, hand-picked refs, slide, period', () => {
    // Moved from decks.test.ts (deckSearch), now with the path in front.
    expect(paths.present.href({ deck: 'pledge-3', period: Q2, slide: 4 })).toBe('/present?deck=pledge-3&slide=4&period=2018-19-Q2')
    expect(paths.present.href({ deck: 'custom', refs: ['P3.16', 'P3.17'], slide: 1, period: Q2 })).toBe(
      '/present?deck=custom&refs=P3.16,P3.17&slide=1&period=2018-19-Q2',
    )
    expect(paths.present.href({ period: Q2 })).toBe('/present?period=2018-19-Q2')
  })

  it('encodes refs from the data so each is one path segment that reads back unchanged', () => {
    expect(paths.indicator.href('A/B')).toBe('/indicator/A%2FB')
    expect(paths.indicator.href('S5 (a)')).toBe('/indicator/S5%20(a)')
    expect(paths.indicator.href('..')).toBe('/indicator/%2E%2E')
    expect(paths.indicator.href('.')).toBe('/indicator/%2E')
    expect(paths.indicator.href('50%?#x')).toBe('/indicator/50%25%3F%23x')
    for (const ref of ['P3.17', 'A/B', '..', '.', 'S5 (a)', '50%?#x', 'Côte', 'a..b']) {
      expect(paramsOf(paths.indicator.path, paths.indicator.href(ref, { period: Q2 })), ref).toEqual({ ref })
    }
    // Nothing a ref says can reach another route.
    expect(paramsOf(paths.scorecard.path, paths.indicator.href('../scorecard'))).toBeUndefined()
  })

  it('encodes query values, and each hand-picked ref, so "&" or "#" in the data cannot end a parameter', () => {
    expect(paths.scorecard.href({ period: 'Q2 & Q3', section: 'a=b' })).toBe('/scorecard?period=Q2%20%26%20Q3&section=a%3Db')
    const href = paths.present.href({ deck: 'custom', refs: ['P3.16', 'C&D#1'], slide: 1 })
    expect(href).toBe('/present?deck=custom&refs=P3.16,C%26D%231&slide=1')
    const params = new URLSearchParams(href.slice(href.indexOf('?')))
    expect([params.get('refs'), params.get('slide')]).toEqual(['P3.16,C&D#1', '1'])
  })

  it('gives the route table the patterns the links fill in', () => {
    expect(paramsOf(paths.cohort.path, paths.cohort.href('care-leavers'))).toEqual({ cohort: 'care-leavers' })
    expect(paramsOf(paths.present.path, paths.present.href({ deck: 'all', slide: 2 }))).toEqual({})
  })

  it('builds the comparison views’ addresses: council, model, filters; measure codes as one segment', () => {
    expect(paths.compare.href()).toBe('/compare')
    expect(paths.compare.href({ la: 895 })).toBe('/compare?la=895')
    expect(paths.compare.href({ la: 895, model: '2021', theme: 'health', q: 'dental care', sort: 'worst' })).toBe(
      '/compare?la=895&model=2021&theme=health&q=dental%20care&sort=worst',
    )
    expect(paths.compareMeasure.href('LACnum', { la: 895 })).toBe('/compare/LACnum?la=895')
    expect(paths.compareMeasure.href('LAC_LongStable%', { la: 202, lines: 'neighbours' })).toBe(
      '/compare/LAC_LongStable%25?la=202&lines=neighbours',
    )
    for (const measure of ['LACnum', 'LAC_LongStable%', 'LAC_Fixed_ Ex', 'CPP_Total_Rateper10,000', 'No_of LAC Adopted']) {
      expect(paramsOf(paths.compareMeasure.path, paths.compareMeasure.href(measure, { la: 895 })), measure).toEqual({ measure })
    }
    expect(paramsOf(paths.compareMeasure.path, paths.compare.href({ la: 895 }))).toBeUndefined()
  })
})

describe('where a page was opened from', () => {
  it('is carried in router state, one step away, and one more for each page moved on to', () => {
    const state = linkedFrom('what needs attention', '/?period=2018-19-Q2#attention')
    expect(cameFrom(state)).toEqual({ label: 'what needs attention', href: '/?period=2018-19-Q2#attention', steps: 1 })
    expect(cameFrom(onwardFrom(onwardFrom(state)))).toMatchObject({ label: 'what needs attention', steps: 3 })
  })

  it('is nothing for a page opened directly, or for state that is not ours', () => {
    expect(cameFrom(null)).toBeUndefined()
    expect(onwardFrom(undefined)).toBeUndefined()
    expect(cameFrom({ from: '/present?period=2018-19-Q2' })).toBeUndefined() // the deck chooser's own state
    expect(cameFrom({ from: { label: 'elsewhere', href: '//evil.example/', steps: 1 } })).toBeUndefined()
    expect(cameFrom({ from: { label: 'overview', href: '/', steps: 0 } })).toBeUndefined()
    expect(cameFrom({ from: { label: '', href: '/', steps: 1 } })).toBeUndefined()
  })
})
