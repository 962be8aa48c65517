// The data-format fields that make the product council-neutral: the
// committee (name, meetings, forward plan), the section kinds a council uses
// and its numbered sections. Valid ones load; each bad one is reported by
// file and field and costs only itself.
import { describe, expect, it } from 'vitest'
import { mergeScorecards } from '../../src/domain/mergeScorecards'
import { parseScorecard } from '../../src/domain/parseScorecard'
import { FORMAT_ID } from '../../src/domain/scorecardSchema'
import { sectionKindName, sectionShortName } from '../../src/domain/sectionKinds'

const FILE = 'council.json'
const source = { doc: 'minutes', line: 4 }

function file(extra: Record<string, unknown> = {}) {
  return {
    format: FORMAT_ID,
    authority: 'A Borough Council',
    title: 'Children in care scorecard',
    reportingYear: '2019-20',
    documents: [{ id: 'minutes', title: 'Committee minutes' }],
    periods: [{ id: 'Q2', label: 'Q2 2019-20', kind: 'quarter', start: '2019-07-01', end: '2019-09-30' }],
    sections: [
      { id: 'theme-1', title: 'Theme 1: safe at home', kind: 'theme', number: 1, statement: 'Children are safe where they live' },
      { id: 'other', title: 'Other measures', kind: 'other' },
    ],
    indicators: [],
    ...extra,
  }
}

const committee = (meetings: unknown[], extra: Record<string, unknown> = {}) => ({
  committee: { name: 'Children in Care Panel', source, meetings, ...extra },
})

describe('committee', () => {
  it('loads a committee, its forward plan and its meetings as given', () => {
    const meetings = [
      {
        name: '12 November 2019',
        date: '2019-11-12',
        focus: { text: 'Theme 1', sections: ['theme-1'], source },
        scorecard: { text: 'Scorecard Q2', period: 'Q2', source },
        papers: 'minutes',
      },
      { name: 'JANUARY', scorecard: { text: 'Scorecard (Q3)', quarter: 3 } },
    ]
    const { scorecard, issues } = parseScorecard(file(committee(meetings, { forwardPlan: { title: 'Forward plan', source } })), FILE)
    expect(issues).toEqual([])
    expect(scorecard!.committee).toEqual({
      name: 'Children in Care Panel',
      source,
      forwardPlan: { title: 'Forward plan', source },
      meetings,
    })
  })

  it('a file with no committee has none, and nothing is made up for it', () => {
    const { scorecard, issues } = parseScorecard(file(), FILE)
    expect(issues).toEqual([])
    expect(scorecard!.committee).toBeUndefined()
    expect(scorecard!.sectionKinds).toBeUndefined()
  })

  it('a committee without a name is reported and ignored; the scorecard still loads', () => {
    const { scorecard, issues } = parseScorecard(file({ committee: { meetings: [] } }), FILE)
    expect(scorecard!.committee).toBeUndefined()
    expect(issues).toEqual([expect.objectContaining({ severity: 'error', file: FILE, field: 'committee.name' })])
  })

  it('a bad meeting costs only that meeting, named by its place and field', () => {
    const { scorecard, issues } = parseScorecard(
      file(
        committee([
          { name: 'MARCH' },
          { name: 'APRIL', date: '23/4/19' },
          { date: '2019-07-16' },
          { name: 'JULY', scorecard: { text: 'Q9', quarter: 9 } },
        ]),
      ),
      FILE,
    )
    expect(scorecard!.committee!.meetings.map((m) => m.name)).toEqual(['MARCH'])
    expect(issues.map((i) => [i.file, i.field])).toEqual([
      [FILE, 'committee.meetings[1].date'],
      [FILE, 'committee.meetings[2].name'],
      [FILE, 'committee.meetings[3].scorecard.quarter'],
    ])
    expect(issues[0]!.message).toMatch(/YYYY-MM-DD\. This meeting was ignored\.$/)
  })

  it('an unknown section, period or document costs only that link, and says which', () => {
    const { scorecard, issues } = parseScorecard(
      file(
        committee([
          {
            name: 'MAY',
            focus: { text: 'Themes 1 and 9', sections: ['theme-1', 'theme-9'] },
            scorecard: { text: 'Scorecard', period: 'Q7' },
            papers: 'agenda-may',
          },
        ]),
      ),
      FILE,
    )
    expect(scorecard!.committee!.meetings).toEqual([
      { name: 'MAY', focus: { text: 'Themes 1 and 9', sections: ['theme-1'] }, scorecard: { text: 'Scorecard' } },
    ])
    expect(issues.map((i) => [i.severity, i.field, i.message])).toEqual([
      ['error', 'committee.meetings[0].focus.sections[1]', 'Unknown section "theme-9"; the meeting\'s focus does not link to it.'],
      ['error', 'committee.meetings[0].scorecard.period', 'Unknown period "Q7"; the meeting is not linked to a period.'],
      ['error', 'committee.meetings[0].papers', 'Unknown document "agenda-may"; add it to documents, or leave papers out.'],
    ])
  })

  it('files of one council share a committee; a different one in a later file is a warning and the first is kept', () => {
    const a = parseScorecard(file(committee([{ name: 'MARCH' }])), 'a.json').scorecard!
    const b = parseScorecard(file(committee([{ name: 'APRIL' }])), 'b.json').scorecard!
    const c = parseScorecard(file(), 'c.json').scorecard!
    const merged = mergeScorecards([
      { file: 'c.json', scorecard: c },
      { file: 'a.json', scorecard: a },
      { file: 'b.json', scorecard: b },
    ])
    expect(merged.scorecard!.committee!.meetings.map((m) => m.name)).toEqual(['MARCH'])
    expect(merged.issues).toEqual([expect.objectContaining({ severity: 'warning', file: 'b.json', field: 'committee' })])
  })
})

describe('section kinds and numbered sections', () => {
  const kinds = [
    { id: 'theme', name: 'theme', plural: 'themes' },
    { id: 'other', name: 'other measure' },
  ]

  it('a council declares its own kinds, in its words; numbered sections are named by them', () => {
    const { scorecard, issues } = parseScorecard(file({ sectionKinds: kinds }), FILE)
    expect(issues).toEqual([])
    expect(scorecard!.sectionKinds).toEqual(kinds)
    const [theme, other] = scorecard!.sections
    expect(theme).toEqual({
      id: 'theme-1',
      title: 'Theme 1: safe at home',
      kind: 'theme',
      number: 1,
      statement: 'Children are safe where they live',
    })
    expect(sectionShortName(theme!, scorecard!.sectionKinds)).toBe('theme 1')
    expect(sectionShortName(other!, scorecard!.sectionKinds)).toBe('Other measures')
    expect(sectionKindName('other', scorecard!.sectionKinds)).toBe('other measure')
  })

  it('without declared kinds any kind is accepted and named as written', () => {
    const { scorecard, issues } = parseScorecard(file(), FILE)
    expect(issues).toEqual([])
    expect(sectionShortName(scorecard!.sections[0]!, undefined)).toBe('theme 1')
  })

  it('a section of an undeclared kind is still shown, with a warning naming the section and the declared kinds', () => {
    const { scorecard, issues } = parseScorecard(file({ sectionKinds: [kinds[0]] }), FILE)
    expect(scorecard!.sections.map((s) => s.id)).toEqual(['theme-1', 'other'])
    expect(issues).toEqual([
      expect.objectContaining({ severity: 'warning', file: FILE, field: 'sections[1].kind', message: expect.stringContaining('(theme)') }),
    ])
  })

  it('a bad or repeated kind is reported by its place and ignored', () => {
    const { scorecard, issues } = parseScorecard(file({ sectionKinds: [kinds[0], { id: 'other' }, kinds[0], kinds[1]] }), FILE)
    expect(scorecard!.sectionKinds).toEqual(kinds)
    expect(issues.map((i) => [i.severity, i.field])).toEqual([
      ['error', 'sectionKinds[1].name'],
      ['error', 'sectionKinds[2].id'],
    ])
    const notList = parseScorecard(file({ sectionKinds: 'theme' }), FILE)
    expect(notList.scorecard!.sectionKinds).toBeUndefined()
    expect(notList.issues).toEqual([expect.objectContaining({ severity: 'error', field: 'sectionKinds' })])
  })

  it('a section number is a positive whole number of any size', () => {
    const bad = parseScorecard(file({ sections: [{ id: 's', title: 'S', kind: 'theme', number: 0 }] }), FILE)
    expect(bad.issues).toContainEqual(expect.objectContaining({ severity: 'error', field: 'sections[0].number' }))
    const twelve = parseScorecard(file({ sections: [{ id: 's', title: 'S', kind: 'theme', number: 12 }] }), FILE)
    expect(twelve.scorecard!.sections[0]!.number).toBe(12)
  })

  it('reads the older spelling pledge / pledgeText as number / statement, so files and saved versions from before still load', () => {
    const older = { id: 'pledge-3', title: 'Priority 3', kind: 'pledge', pledge: 3, pledgeText: 'We will keep children safe' }
    const { scorecard, issues } = parseScorecard(file({ sections: [older] }), FILE)
    expect(issues).toEqual([])
    expect(scorecard!.sections).toEqual([
      { id: 'pledge-3', title: 'Priority 3', kind: 'pledge', number: 3, statement: 'We will keep children safe' },
    ])
    const both = parseScorecard(file({ sections: [{ ...older, number: 4 }] }), FILE)
    expect(both.scorecard!.sections[0]!.number).toBe(4)
    expect(both.issues).toEqual([expect.objectContaining({ severity: 'warning', field: 'sections[0].pledge' })])
  })
})
