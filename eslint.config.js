// Lint: the project's layering and style rules as errors, so they hold by
// tooling, not by discipline. `npm run lint` (part of `npm test` and CI).
//
// Layers (imports flow one way):
//   src/app, src/main.tsx, src/startApp.tsx → src/features → src/components, src/lib → src/data → src/domain
// Features never import each other; src/domain imports no React and uses no
// browser I/O; scripts/ never imports tests/.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import importX from 'eslint-plugin-import-x'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import reactHooks from 'eslint-plugin-react-hooks'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import prettier from 'eslint-config-prettier'
import globals from 'globals'
import { readdirSync } from 'node:fs'

const FEATURES = readdirSync('src/features', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

/** import-x/no-restricted-paths zones: `target` may not import from `from`. */
const layerZones = [
  // The domain is the bottom layer: plain TypeScript that imports only itself.
  ...['app', 'features', 'components', 'lib', 'data'].map((layer) => ({
    target: './src/domain',
    from: `./src/${layer}`,
    message: 'src/domain is the bottom layer: it imports nothing from the rest of the app.',
  })),
  ...['app', 'features', 'components', 'lib'].map((layer) => ({
    target: './src/data',
    from: `./src/${layer}`,
    message: 'src/data may import only src/domain.',
  })),
  ...['app', 'features', 'components'].map((layer) => ({
    target: './src/lib',
    from: `./src/${layer}`,
    message: 'src/lib is shared code: it may import src/domain and src/data, never a feature, a component or the app.',
  })),
  ...['app', 'features', 'data'].map((layer) => ({
    target: './src/components',
    from: `./src/${layer}`,
    message: 'src/components is shared UI: it may import src/domain and src/lib, never a feature, the data layer or the app.',
  })),
  { target: './src/features', from: './src/app', message: 'Features are composed by src/app; they never import it.' },
  { target: './src/features', from: ['./src/main.tsx', './src/startApp.tsx'], message: 'Features never import the app entry.' },
  // Features never import each other: shared code belongs in components, lib or domain.
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'Features do not import each other: move what both need to src/components, src/lib or src/domain.',
  })),
  { target: './src', from: ['./tests', './scripts'], message: 'The app never imports tests or scripts.' },
  { target: './scripts', from: './tests', message: 'Scripts do not import tests: shared harness code lives in scripts/lib.' },
]

/** What src/domain may not touch: React, app libraries and browser I/O. */
const domainRestrictions = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: ['react', 'react-*', 'react/*', 'react-dom/*', '@tanstack/*', 'zustand', 'zustand/*', 'recharts', 'exceljs', 'papaparse'],
          message: 'src/domain is plain TypeScript: no React, no UI or I/O libraries.',
        },
      ],
    },
  ],
  'no-restricted-globals': [
    'error',
    ...['fetch', 'XMLHttpRequest', 'localStorage', 'sessionStorage', 'indexedDB', 'document', 'window', 'navigator', 'location'].map(
      (name) => ({ name, message: 'src/domain does no I/O and reads no browser state: pass what it needs in.' }),
    ),
  ],
}

export default tseslint.config(
  { ignores: ['dist', 'node_modules', '.ci-out', 'public/mockServiceWorker.js', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX },
    settings: {
      // Without these, import-x reads only .js files and no-cycle is silently a no-op on TypeScript.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'import-x/no-useless-path-segments': 'error',
      'import-x/no-duplicates': 'error',
      'import-x/no-unresolved': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['src/**/*.tsx', 'tests/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      // A table that scrolls sideways is a labelled role="region" with
      // tabIndex 0, so keyboard users can scroll it (axe:
      // scrollable-region-focusable, WCAG 2.1.1). Every other non-interactive
      // tabIndex is still an error.
      'jsx-a11y/no-noninteractive-tabindex': ['error', { tags: [], roles: ['tabpanel', 'region'], allowExpressionValues: true }],
    },
  },
  { files: ['src/domain/**/*.ts'], rules: domainRestrictions },
  {
    // Command-line programs and the browser-test runner print their results.
    files: ['scripts/**/*.{mjs,ts}', 'tests/browser/**/*.mjs', 'scripts/vite/**'],
    rules: { 'no-console': 'off' },
  },
  prettier,
)
