// Every measure for one council (/compare): each measure compared in its
// latest year with the chosen neighbour model. The 2025 model's neighbours
// are in the council's own file; the 2021 model's come with the extra file
// (those of its ten that are not also 2025 neighbours).
import { seriesFromCouncilFile } from './areaSeries'
import { compareMeasure, type MeasureComparison } from './compareMeasure'
import type {
  CouncilFile,
  ExtraNeighboursFile,
  LatestFile,
  Neighbour,
  NeighbourModelId,
  OfficialArea,
  OfficialMeasure,
} from './officialDataset'

/** The neighbours of the model: 2025 from the council's file, 2021 from the extra file. */
export function neighboursOf(model: NeighbourModelId, file: CouncilFile, extra?: ExtraNeighboursFile): Neighbour[] {
  if (model === '2021') {
    if (!extra) throw new Error(`The 2021 neighbours of council ${file.la} are not loaded.`)
    return extra.neighbours
  }
  return file.neighbours
}

export type CouncilComparisonInput = {
  council: OfficialArea
  measures: readonly OfficialMeasure[]
  file: CouncilFile
  latest: LatestFile
  model: NeighbourModelId
  extra?: ExtraNeighboursFile | undefined
}

export function compareCouncil({ council, measures, file, latest, model, extra }: CouncilComparisonInput): MeasureComparison[] {
  const neighbours = neighboursOf(model, file, extra).map((n) => n.la)
  return measures.map((measure) =>
    compareMeasure(measure, {
      council,
      neighbours,
      series: seriesFromCouncilFile(file, measure.code, model === '2021' ? extra : undefined),
      latest: latest.measures[measure.code],
    }),
  )
}

/** "the DfE's 2025 statistical-neighbour model": how the page and its summary name the model. */
export function modelName(model: NeighbourModelId): string {
  return `the DfE’s ${model} statistical-neighbour model`
}
