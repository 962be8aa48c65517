// exceljs and papaparse are big and only needed when a file is imported or
// exported, so they are loaded then, into their own chunks, never at start.
import type * as ExcelJSModule from 'exceljs'
import type * as PapaModule from 'papaparse'

export type ExcelJS = typeof ExcelJSModule
export type Papa = typeof PapaModule

/** CommonJS packages arrive as `default` in the browser build and as named exports in Node. */
function interop<T>(module: unknown): T {
  const withDefault = module as { default?: T }
  return (withDefault.default ?? module) as T
}

export async function loadExcelJS(): Promise<ExcelJS> {
  return interop<ExcelJS>(await import('exceljs'))
}

export async function loadPapa(): Promise<Papa> {
  return interop<Papa>(await import('papaparse'))
}
