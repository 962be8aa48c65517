import { describe, expect, it } from 'vitest'
import { findCouncil } from '../../../src/domain/official/findCouncil'
import { readIndex } from '../../support/officialFiles'

const areas = readIndex().areas

describe('findCouncil: a scorecard’s authority to the DfE’s council', () => {
  it.each([
    ['Cheshire East Council', 895],
    ['cheshire east', 895],
    ['895', 895],
    ['E06000049', 895],
    ['Birmingham City Council', 330],
    ['London Borough of Camden', 202],
    ['Royal Borough of Kensington & Chelsea', 207],
    ['City of London Corporation', 201],
    ['Bristol City Council', 801],
    ['St Helens Borough Council', 342],
    ['Durham County Council', 840],
    ['Bedford Borough Council', 822],
    ['Stockton-on-Tees Borough Council', 808],
  ])('%s → %d', (text, la) => {
    expect(findCouncil(areas, text)?.la).toBe(la)
  })

  it.each([['Nowhere Council'], [''], [undefined], ['Cumbria County Council'], ['Council']])('%s matches no current council', (text) => {
    expect(findCouncil(areas, text)).toBeUndefined()
  })
})
