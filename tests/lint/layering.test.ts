// @vitest-environment node
// The layering rules of eslint.config.js, proved to bite: each case lints a
// small made-up file placed where it would break a rule, and expects the rule
// to report it. A rule that silently stopped working (a resolver that cannot
// read TypeScript, a zone with a wrong path) fails here.
import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

let eslint: ESLint
beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() })
})

async function rulesBroken(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message)
}

describe('layering rules', () => {
  it.each([
    [
      'the domain importing React',
      'src/domain/probe.ts',
      "import { useState } from 'react'\nexport const probe = useState",
      'no-restricted-imports',
    ],
    ['the domain fetching', 'src/domain/probe.ts', "export const probe = () => fetch('/data')", 'no-restricted-globals'],
    ['the domain reading storage', 'src/domain/probe.ts', "export const probe = () => localStorage.getItem('x')", 'no-restricted-globals'],
    [
      'the domain importing a feature',
      'src/domain/probe.ts',
      "import { OverviewPage } from '../features/overview/OverviewPage'\nexport const probe = OverviewPage",
      'import-x/no-restricted-paths',
    ],
    [
      'a feature importing another feature',
      'src/features/overview/probe.ts',
      "import { ScorecardTablePage } from '../scorecard-table/ScorecardTablePage'\nexport const probe = ScorecardTablePage",
      'import-x/no-restricted-paths',
    ],
    [
      'a feature importing the app',
      'src/features/overview/probe.ts',
      "import { App } from '../../app/App'\nexport const probe = App",
      'import-x/no-restricted-paths',
    ],
    [
      'a shared component importing a feature',
      'src/components/probe.ts',
      "import { OverviewPage } from '../features/overview/OverviewPage'\nexport const probe = OverviewPage",
      'import-x/no-restricted-paths',
    ],
    [
      'the data layer importing a component',
      'src/data/probe.ts',
      "import { RagBadge } from '../components/RagBadge'\nexport const probe = RagBadge",
      'import-x/no-restricted-paths',
    ],
    [
      'the app importing a test helper',
      'src/app/probe.ts',
      "import { loadSeedScorecard } from '../../tests/support/seedFiles'\nexport const probe = loadSeedScorecard",
      'import-x/no-restricted-paths',
    ],
    [
      'a script importing a test',
      'scripts/lib/probe.mjs',
      "import { run } from '../../tests/browser/harness.mjs'\nexport const probe = run",
      'import-x/no-restricted-paths',
    ],
  ])('reports %s', async (_name, filePath, code, rule) => {
    expect(await rulesBroken(filePath, code)).toContain(rule)
  })

  it('allows what the layering allows: a feature using the domain, shared components and lib', async () => {
    const code = [
      "import { formatCell } from '../../domain/formatValue'",
      "import { RagBadge } from '../../components/RagBadge'",
      "import { useDocumentTitle } from '../../lib/useDocumentTitle'",
      'export const probe = [formatCell, RagBadge, useDocumentTitle]',
      '',
    ].join('\n')
    expect(await rulesBroken('src/features/overview/probe.ts', code)).toEqual([])
  })

  it('reports an import cycle in TypeScript files', async () => {
    // src/domain/computeRag.ts imports indicatorLookups.ts; a probe standing
    // in for indicatorLookups that imports computeRag back closes a loop
    // only if the resolver follows .ts imports.
    const messages = await rulesBroken(
      'src/domain/indicatorLookups.ts',
      "import { computeRag } from './computeRag'\nexport const cellFor = () => computeRag\n",
    )
    expect(messages).toContain('import-x/no-cycle')
  })
})
