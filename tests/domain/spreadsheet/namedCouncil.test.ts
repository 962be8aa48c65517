import { describe, expect, it } from 'vitest'
import { councilKey, councilNamedIn, councilTitle, sameCouncil } from '../../../src/domain/spreadsheet/namedCouncil'
import { readIndex } from '../../support/officialFiles'

const NAMES = readIndex()
  .areas.filter((a) => a.kind === 'la')
  .map((a) => a.name)

describe('councilKey and sameCouncil', () => {
  it.each([
    ['Cheshire East Council', 'Cheshire East'],
    ['Warrington Borough Council', 'Warrington'],
    ['Bristol City Council', 'Bristol, City of'],
    ['Durham County Council', 'Durham'],
    ['Royal Borough of Windsor and Maidenhead', 'Windsor and Maidenhead'],
    ['London Borough of Barnet', 'Barnet'],
    ['St Helens Council', 'St. Helens'],
    ['Bedford Borough Council', 'Bedford Borough'],
  ])('%j is %j', (a, b) => {
    expect(sameCouncil(a, b)).toBe(true)
  })

  it.each([
    ['North Somerset Council', 'Somerset'],
    ['Cheshire West and Chester Council', 'Cheshire East Council'],
    ['City of London', 'London'],
    ['', ''],
  ])('%j is not %j', (a, b) => {
    expect(sameCouncil(a, b)).toBe(false)
  })

  it('keeps the City of London a council', () => {
    expect(councilKey('City of London')).toBe('city of london')
  })
})

describe('councilNamedIn', () => {
  it.each([
    [['Warrington Borough Council', 'Corporate Parenting Board scorecard 2018/19'], 'Warrington'],
    [['North Somerset Council – children in care'], 'North Somerset'],
    [['Cheshire West and Chester Council'], 'Cheshire West and Chester'],
    [['CORPORATE PARENTING SCORECARD 2018-19', 'Cheshire East Council'], 'Cheshire East'],
    [['Kingston upon Hull City Council'], 'Kingston Upon Hull, City of'],
    [['Reading'], 'Reading'],
  ])('%j names %s', (texts, name) => {
    expect(councilNamedIn(texts, NAMES)).toBe(name)
  })

  it.each([[['Reading the scorecard: a guide']], [['Corporate parenting scorecard 2018-19']], [[]]])('%j names no council', (texts) => {
    expect(councilNamedIn(texts, NAMES)).toBeUndefined()
  })

  it('without the official list, a phrase ending "Council" is the name', () => {
    expect(councilNamedIn(['Scorecard for Warrington Borough Council, 2018/19'], [])).toBe('Warrington Borough Council')
  })
})

describe('councilTitle', () => {
  it('prefers the name as the title rows print it, else the official name and "Council"', () => {
    expect(councilTitle('Warrington', ['Warrington Borough Council'])).toBe('Warrington Borough Council')
    expect(councilTitle('Warrington')).toBe('Warrington Council')
    expect(councilTitle('Bristol, City of')).toBe('City of Bristol Council')
  })
})
