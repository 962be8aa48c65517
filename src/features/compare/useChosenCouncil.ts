// The council a comparison view is about: ?la= in the URL, else the council
// of the loaded scorecard (matched by name or code in the DfE's list), else
// none (the page asks the reader to choose). The neighbour model is in the
// URL too (?model=2021; the 2025 model by default, as LAIT uses).
import { useCallback } from 'react'
import { useSearchParams } from 'react-router'
import { useOfficialIndex } from '../../data/useOfficialData'
import { useScorecard } from '../../data/useScorecard'
import { FOCUS_HEADING } from '../../lib/focusHeading'
import { findCouncil } from '../../domain/official/findCouncil'
import { DEFAULT_NEIGHBOUR_MODEL, type NeighbourModelId, type OfficialArea } from '../../domain/official/officialDataset'

export type ChosenCouncil =
  | { status: 'ok'; council: OfficialArea; fromScorecard: boolean }
  /** No ?la= and the scorecard's authority is not in the list (or no scorecard loaded). */
  | { status: 'none'; authority: string | undefined }
  /** ?la= names no current council. */
  | { status: 'unknown'; requested: string }

export function readModel(params: URLSearchParams): NeighbourModelId {
  return params.get('model') === '2021' ? '2021' : DEFAULT_NEIGHBOUR_MODEL
}

export function useChosenCouncil() {
  const index = useOfficialIndex()
  // The compare views also show while the scorecard loads, or when it failed (AppLayout).
  const scorecard = useScorecard()
  const [params, setParams] = useSearchParams()
  const requested = params.get('la')
  const model = readModel(params)
  const authority = scorecard.data?.scorecard.authority

  let chosen: ChosenCouncil | undefined
  if (index.data) {
    const areas = index.data.areas
    if (requested !== null && requested.trim() !== '') {
      const council = areas.find((a) => a.kind === 'la' && String(a.la) === requested.trim())
      chosen = council ? { status: 'ok', council, fromScorecard: false } : { status: 'unknown', requested }
    } else if (!scorecard.isPending) {
      // Without ?la= the default is the scorecard's council: wait for the scorecard, so the page does not ask and then answer itself.
      const council = findCouncil(areas, authority)
      chosen = council ? { status: 'ok', council, fromScorecard: true } : { status: 'none', authority }
    }
  }

  /** Changes one or more of the view's URL parameters; null removes one. */
  const update = useCallback(
    (changes: Record<string, string | number | null>, options?: { replace?: boolean }) => {
      const next = new URLSearchParams(params)
      for (const [name, value] of Object.entries(changes)) {
        if (value === null || value === '') next.delete(name)
        else next.set(name, String(value))
      }
      // Another council is another subject, and the picker that chose it is drawn afresh: focus goes to the heading.
      setParams(next, 'la' in changes ? { ...options, state: FOCUS_HEADING } : options)
    },
    [params, setParams],
  )

  return { index, chosen, model, params, update }
}
