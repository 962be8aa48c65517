// Placeholder until the feature lands.
export function ScorecardTablePage() {
  return <h1>ScorecardTablePage</h1>
}
