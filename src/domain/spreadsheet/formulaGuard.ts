// Spreadsheet formula injection: a cell that starts with =, +, -, @, a tab or a
// carriage return can run as a formula when the file is opened or re-saved.
// Exports prefix such cells with an apostrophe (OWASP's advice); imports take
// our own apostrophe off again, so a round trip gives back the typed text.
const FORMULA_START = /^[=+\-@\t\r]/

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}

/** Undoes neutraliseFormula: "'=SUM(A1)" → "=SUM(A1)"; any other text is unchanged. */
export function restoreNeutralised(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text
}

/**
 * Text that is a formula as a spreadsheet writes one ("=1+1", "=SUM(B2:B5)"):
 * in a figure's place it means the file holds the formula, not its result.
 * Narrower than the export guard: "-5" and "+3" are figures, "-" a dash.
 */
export function isFormulaText(text: string): boolean {
  return /^\s*=/.test(text)
}
