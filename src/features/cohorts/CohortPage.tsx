// Placeholder until the feature lands.
export function CohortPage() {
  return <h1>CohortPage</h1>
}
