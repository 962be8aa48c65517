// Placeholder until the feature lands.
export function IndicatorPage() {
  return <h1>IndicatorPage</h1>
}
