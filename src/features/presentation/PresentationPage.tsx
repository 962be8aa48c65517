// /present: without ?deck= the deck chooser; with it, the slides full screen.
import { useSearchParams } from 'react-router'
import { DeckChooser } from './DeckChooser'
import { SlideDeck } from './SlideDeck'
import './presentation.css'

export function PresentationPage() {
  const [params] = useSearchParams()
  const deck = params.get('deck')
  return deck ? <SlideDeck deckId={deck} /> : <DeckChooser />
}
