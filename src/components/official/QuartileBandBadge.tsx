import { BAND_WORDS, type QuartileBand } from '../../domain/official/quartileBand'
import './official.css'

/** "A · top quartile": the letter and its words; the colour only repeats them. */
export function QuartileBandBadge({ band }: { band: QuartileBand }) {
  return (
    <span className={`band-badge band-${band}`}>
      <span className="band-letter">{band}</span> {BAND_WORDS[band]}
    </span>
  )
}
