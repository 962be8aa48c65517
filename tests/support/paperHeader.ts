// The paper scorecard's header row for Q2 2018-19 (document 004's columns, as
// its spreadsheet has them): the layout most import and export tests start from.
export const PAPER_HEADER = [
  'Ref',
  'Info available from',
  'Commentary/Lead',
  'Indicator',
  'Polarity',
  'Stat Neigh Av',
  'National Av',
  'Target',
  'Yr. end 17-18',
  'Qu 1 18-19',
  'Qu 2 18-19',
  'Qu 3 18-19',
  'Qu 4 18-19',
  'RAG',
  'Quarterly dir of travel',
  'Comments',
] as const
