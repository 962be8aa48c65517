// Every council's figure for one measure in its latest year, sortable by the
// column headers (the order is in the URL). The chosen council and its
// neighbours are marked in words as well as shading.
import { QuartileBandBadge } from '../../components/official/QuartileBandBadge'
import type { CouncilFigure } from '../../domain/official/councilsInYear'
import { formatOfficialValue } from '../../domain/official/formatOfficialValue'
import type { OfficialMeasure } from '../../domain/official/officialDataset'
import { rankWords } from '../../domain/official/rankAmong'
import type { CouncilOrder } from './sortCouncilFigures'

type Props = {
  measure: OfficialMeasure
  rows: readonly CouncilFigure[]
  order: CouncilOrder
  onOrder: (order: CouncilOrder) => void
  regionName: (la: number | undefined) => string
  caption: string
}

const ROLE_WORDS = { council: ' (chosen council)', neighbour: ' (statistical neighbour)', other: '' } as const

function SortHeader({
  label,
  orders,
  order,
  onOrder,
  numeric,
}: {
  label: string
  orders: [CouncilOrder, CouncilOrder?]
  order: CouncilOrder
  onOrder: (o: CouncilOrder) => void
  numeric?: boolean
}) {
  const active = orders.includes(order)
  const next = active && orders[1] ? (order === orders[0] ? orders[1] : orders[0]) : orders[0]
  const sortWord = order === 'high' ? 'descending' : 'ascending'
  return (
    <th scope="col" className={numeric ? 'numeric' : undefined} aria-sort={active ? sortWord : undefined}>
      <button type="button" className="compare-sort-button" onClick={() => onOrder(next)}>
        {label}
        <span aria-hidden="true">{active ? (order === 'high' ? ' ↓' : ' ↑') : ' ↕'}</span>
      </button>
    </th>
  )
}

export function EnglandTable({ measure, rows, order, onOrder, regionName, caption }: Props) {
  const ranked = measure.polarity !== 'none'
  return (
    <div className="trend-table-scroll compare-england-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="trend-table compare-england-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <SortHeader label="Council" orders={['name']} order={order} onOrder={onOrder} />
            <SortHeader label="Region" orders={['region']} order={order} onOrder={onOrder} />
            <SortHeader label="Figure" orders={['high', 'low']} order={order} onOrder={onOrder} numeric />
            {ranked && <SortHeader label="Rank in England" orders={['rank']} order={order} onOrder={onOrder} />}
            {ranked && <th scope="col">Quartile band</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.area.la} className={r.role === 'other' ? undefined : `is-${r.role}`}>
              <th scope="row">
                {r.area.name}
                {ROLE_WORDS[r.role]}
              </th>
              <td>{regionName(r.area.region)}</td>
              <td className={typeof r.value === 'number' ? 'numeric' : 'numeric trend-table-status'}>
                {formatOfficialValue(r.value, measure)}
              </td>
              {ranked && <td>{r.rank ? rankWords(r.rank) : <span className="trend-table-status">No rank</span>}</td>}
              {ranked && <td>{r.band ? <QuartileBandBadge band={r.band} /> : <span className="trend-table-status">No band</span>}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
