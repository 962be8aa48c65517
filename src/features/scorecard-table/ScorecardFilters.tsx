import type { Cohort } from '../../domain/scorecardSchema'
import type { DirectionMeaning } from '../../domain/computeDirection'
import type { RagRating } from '../../domain/computeRag'
import { FilterSelect } from './FilterSelect'
import { DIRECTION_OPTIONS, RAG_OPTIONS, SORT_OPTIONS, type Option } from './filterOptions'
import { SearchBox } from './SearchBox'
import { formatSort, hasFilters, parseSort, type QueryChanges, type TableQuery } from './tableQuery'

type Props = {
  query: TableQuery
  sections: readonly Option[]
  cohorts: readonly Option[]
  leads: readonly string[]
  onChange: (changes: QueryChanges, options?: { replace?: boolean }) => void
  onClear: () => void
  /** The search box's text as typed, ahead of the URL (useSearchText.ts). */
  search: { text: string; type: (text: string) => void; flush: () => void }
}

/** Filters and sort; every change goes to the URL, so the view can be shared (the search once typing pauses). */
export function ScorecardFilters({ query, sections, cohorts, leads, onChange, onClear, search }: Props) {
  const { filters, sort } = query
  return (
    <section className="scorecard-filters" aria-labelledby="scorecard-filters-heading">
      <h2 id="scorecard-filters-heading" className="scorecard-filters-heading">
        Filter and sort
      </h2>
      <div className="scorecard-filters-grid">
        <SearchBox value={search.text} onType={search.type} onBlur={search.flush} />
        <FilterSelect
          label="Section"
          anyLabel="All sections"
          value={filters.section}
          options={sections}
          onChange={(section) => onChange({ section })}
        />
        <FilterSelect
          label="Cohort"
          anyLabel="All cohorts"
          value={filters.cohort}
          options={cohorts}
          onChange={(cohort) => onChange({ cohort: cohort as Cohort | undefined })}
        />
        <FilterSelect
          label="RAG"
          anyLabel="Any rating"
          value={filters.rag}
          options={RAG_OPTIONS}
          onChange={(rag) => onChange({ rag: rag as RagRating | undefined })}
        />
        <FilterSelect
          label="Direction"
          anyLabel="Any direction"
          value={filters.dir}
          options={DIRECTION_OPTIONS}
          onChange={(dir) => onChange({ dir: dir as DirectionMeaning | undefined })}
        />
        <FilterSelect
          label="Lead"
          anyLabel="All leads"
          value={filters.lead}
          options={leads.map((l) => ({ value: l, label: l }))}
          onChange={(lead) => onChange({ lead })}
        />
        <FilterSelect
          label="Sort by"
          value={formatSort(sort) ?? 'ref'}
          options={SORT_OPTIONS}
          onChange={(value) => onChange({ sort: parseSort(value ?? null) })}
        />
      </div>
      {hasFilters(filters) && (
        <button type="button" className="button button-secondary" onClick={onClear}>
          Clear filters
        </button>
      )}
    </section>
  )
}
