// Cross-checks of LAIT's figures against the releases' own CSV files. Each
// spec names the EES file, the breakdown rows that carry the same measure and
// the figure column. Where the two disagree for a measure, area and year, both
// are kept and the disagreement recorded; neither overwrites the other.
import type { OfficialValue } from '../../src/domain/official/officialDataset'

export type CrossCheckSpec = { code: string; file: string; filter: Record<string, string>; column: string }

const CLA_RATE = 'cla_number_and_rate_per_10k_children.csv'
const STABILITY = 'la_cla_placement_stability.csv'
const HEALTH = 'la_conviction_health_outcome_cla.csv'
const ACTIVITY = 'la_care_leavers_activity.csv'
const ACCOMMODATION = 'la_care_leavers_accommodation_suitability.csv'
const CSWW = 'csww_indicators_2017_to_2025.csv'
const KS2 = 'ks2_la.csv'
const KS4 = 'ks4_la.csv'
const ABSENCE = 'absence_la.csv'

const onMarch31 = { population_type: 'Children looked after on 31 March each year' }
const starting = { population_type: 'Children starting to be looked after each year' }
const ceasing = { population_type: 'Children ceasing to be looked after each year' }
const threePlus = { cla_group: 'CLA on 31 March', placement_stability: 'With 3 or more placements during the year' }
const longTerm = {
  cla_group: 'Children looked after continuously for at least 2.5 years on 31 March aged under 16 years',
  placement_stability: 'Living with the same carer for at least 2 years',
}
const healthRow = (breakdown: string) => ({ characteristic: 'Health assessments: Children looked after all ages', breakdown })
const leavers = (breakdown: string) => ({ care_leaver_age: '19 to 21 years', breakdown })
const cla = { social_care_group: 'CLA 12 months at 31 March' }
const cin = { social_care_group: 'CINO at 31 March' }
const cpp = { social_care_group: 'CPPO at 31 March' }
const allSchools = (group: Record<string, string>) => ({ ...group, phase_type_grouping: 'Total' })

export const CROSS_CHECKS: CrossCheckSpec[] = [
  { code: 'LACnum', file: CLA_RATE, filter: onMarch31, column: 'children_count' },
  { code: 'LAC', file: CLA_RATE, filter: onMarch31, column: 'rate_per_10000' },
  { code: 'LACnum_Start', file: CLA_RATE, filter: starting, column: 'children_count' },
  { code: 'LAC_Start_Rate', file: CLA_RATE, filter: starting, column: 'rate_per_10000' },
  { code: 'LACceased', file: CLA_RATE, filter: ceasing, column: 'children_count' },
  { code: 'LAC_Cease_Rate', file: CLA_RATE, filter: ceasing, column: 'rate_per_10000' },
  { code: 'LACStable_2016on', file: STABILITY, filter: threePlus, column: 'children_percent' },
  { code: 'LACStableNum_2016on', file: STABILITY, filter: threePlus, column: 'children_count' },
  { code: 'LAC_LongStable%', file: STABILITY, filter: longTerm, column: 'children_percent' },
  { code: 'LAC_LongStableNum', file: STABILITY, filter: longTerm, column: 'children_count' },
  {
    code: 'Stability_School',
    file: 'la_cla_school_moves.csv',
    filter: {
      cla_group: 'CLA on 31 March',
      move_measure: 'Mid-year moves',
      school_stability: 'With one or more mid-year moves during the year',
    },
    column: 'percentage',
  },
  { code: 'LACHealth%', file: HEALTH, filter: healthRow('Had their annual health assessment'), column: 'children_percent' },
  { code: 'LACVaccinations%', file: HEALTH, filter: healthRow('Had their immunisations up to date'), column: 'children_percent' },
  { code: 'LACDental%', file: HEALTH, filter: healthRow('Had their teeth checked by a dentist'), column: 'children_percent' },
  {
    code: 'Emotional_LAC',
    file: HEALTH,
    filter: { characteristic: 'Ages 5 to 16 years with SDQ score', breakdown: 'SDQ average score' },
    column: 'children_count',
  },
  {
    code: 'LAC_Convictions',
    file: HEALTH,
    filter: {
      characteristic: 'Convictions: Children looked after Ages 10 to 17 years',
      breakdown: 'Convicted or subject to youth cautions, or youth conditional cautions during the year',
    },
    column: 'children_percent',
  },
  {
    code: 'LACSubstance',
    file: HEALTH,
    filter: {
      characteristic: 'Substance misuse: Children looked after all ages',
      breakdown: 'Identified as having a substance misuse problem',
    },
    column: 'children_percent',
  },
  // LAIT's count of care leavers is the accommodation return's total (England 2025: 38,190), not the activity total (38,440).
  { code: 'NoCareLeavers', file: ACCOMMODATION, filter: leavers('Suitability total'), column: 'care_leaver_count' },
  { code: 'CareLeaverEET', file: ACTIVITY, filter: leavers('Total in education, employment or training'), column: 'care_leaver_percent' },
  { code: 'CareLeaverEETNum', file: ACTIVITY, filter: leavers('Total in education, employment or training'), column: 'care_leaver_count' },
  {
    code: 'CareLeaversNEET',
    file: ACTIVITY,
    filter: leavers('Total not in education, employment or training'),
    column: 'care_leaver_percent',
  },
  { code: 'LAC_19_HE', file: ACTIVITY, filter: leavers('Higher education i.e. studies beyond A level'), column: 'care_leaver_percent' },
  { code: 'CareLeaverAcc', file: ACCOMMODATION, filter: leavers('Accommodation considered suitable'), column: 'care_leaver_percent' },
  { code: 'NoCareLeaverAcc', file: ACCOMMODATION, filter: leavers('Accommodation considered suitable'), column: 'care_leaver_count' },
  { code: 'Work_Force_TO_Rate', file: CSWW, filter: {}, column: 'turnover_rate_fte' },
  { code: 'Work_Force_Agecy_Rate', file: CSWW, filter: {}, column: 'agency_rate_fte' },
  { code: 'Work_Force_Vac_Rate', file: CSWW, filter: {}, column: 'vacancy_rate_fte' },
  { code: 'Work_Force_AvgNumCase_SW', file: CSWW, filter: {}, column: 'caseload_fte' },
  { code: 'Work_Force_SWAbsence', file: CSWW, filter: {}, column: 'absence_rate_fte' },
  { code: 'Work_Force_Num_CaseHeld', file: CSWW, filter: {}, column: 'cases' },
  { code: 'Work_Force_NoSW', file: CSWW, filter: {}, column: 'inpost_fte' },
  { code: 'Social_Work_Starters', file: CSWW, filter: {}, column: 'starters_fte' },
  { code: 'Social_Work_Leavers', file: CSWW, filter: {}, column: 'leavers_fte' },
  { code: 'Work_Force_AgencyCover', file: CSWW, filter: {}, column: 'agency_cover_rate_fte' },
  { code: 'Vacancies_cover', file: CSWW, filter: {}, column: 'vacancy_agency_cover_rate_fte' },
  {
    code: 'CPP_Num',
    file: 'd5_cpps_at31march_by_duration_2013_to_2025.csv',
    filter: { category: 'Child Protection Plans by length of time' },
    column: 'CPP_At31',
  },
  {
    code: 'CPPlans2yrsActive',
    file: 'd5_cpps_at31march_by_duration_2013_to_2025.csv',
    filter: { category: 'Child Protection Plans by length of time' },
    column: '2_years_or_more_percent',
  },
  { code: 'LAC_KS2_ExpStd_R', file: KS2, filter: cla, column: 'pt_read_met_expected_standard' },
  { code: 'LAC_KS2_ExpStd_W', file: KS2, filter: cla, column: 'pt_writta_met_expected_standard' },
  { code: 'LAC_KS2_ExpStd_M', file: KS2, filter: cla, column: 'pt_mat_met_expected_standard' },
  { code: 'LAC_KS2_ExpStd_GPS', file: KS2, filter: cla, column: 'pt_gps_met_expected_standard' },
  { code: 'LAC_KS2_ExpStd_RWM', file: KS2, filter: cla, column: 'pt_rwm_met_expected_standard' },
  { code: 'CIN_KS2_ExpStd_R', file: KS2, filter: cin, column: 'pt_read_met_expected_standard' },
  { code: 'CIN_KS2_ExpStd_W', file: KS2, filter: cin, column: 'pt_writta_met_expected_standard' },
  { code: 'CIN_KS2_ExpStd_M', file: KS2, filter: cin, column: 'pt_mat_met_expected_standard' },
  { code: 'CIN_KS2_ExpStd_GPS', file: KS2, filter: cin, column: 'pt_gps_met_expected_standard' },
  { code: 'CIN_KS2_ExpStd_RWM', file: KS2, filter: cin, column: 'pt_rwm_met_expected_standard' },
  { code: 'CPPO_KS2_RWM', file: KS2, filter: cpp, column: 'pt_rwm_met_expected_standard' },
  { code: 'LAC_KS4_AVG_Attain8', file: KS4, filter: cla, column: 'avg_att8' },
  { code: 'LAC_KS4_AVG_Prog8', file: KS4, filter: cla, column: 'avg_p8score' },
  { code: 'LAC_EngMaths9-4', file: KS4, filter: cla, column: 'pt_l2basics_94' },
  { code: 'CIN_Avg_Attain8_KS4', file: KS4, filter: cin, column: 'avg_att8' },
  { code: 'CIN_EngMaths9-4', file: KS4, filter: cin, column: 'pt_l2basics_94' },
  { code: 'CIN_EngMaths9-5', file: KS4, filter: cin, column: 'pt_l2basics_95' },
  { code: 'CIN_EngBacEntries', file: KS4, filter: cin, column: 'pt_ebacc_e_ptq_ee' },
  { code: 'CIN_EngBacAPS', file: KS4, filter: cin, column: 'avg_ebaccaps' },
  { code: 'CPPO_KS4_A8', file: KS4, filter: cpp, column: 'avg_att8' },
  { code: 'LAC_Over_Abs', file: ABSENCE, filter: allSchools(cla), column: 'pt_overall' },
  { code: 'LAC_Unauth', file: ABSENCE, filter: allSchools(cla), column: 'pt_sess_unauthorised' },
  { code: 'LAC_Pers_Abs', file: ABSENCE, filter: allSchools(cla), column: 'pt_pupils_pa_10_exact' },
  { code: 'CINAuthAb_3Term', file: ABSENCE, filter: allSchools(cin), column: 'pt_sess_authorised' },
  { code: 'CINUnauthAb_3Term', file: ABSENCE, filter: allSchools(cin), column: 'pt_sess_unauthorised' },
  { code: 'CINTotalAb_3Term', file: ABSENCE, filter: allSchools(cin), column: 'pt_overall' },
  { code: 'CINPermAbsent_3Term', file: ABSENCE, filter: allSchools(cin), column: 'pt_pupils_pa_10_exact' },
  { code: 'CPPTotalAb_3Term', file: ABSENCE, filter: allSchools(cpp), column: 'pt_overall' },
  { code: 'CPPPerAbs_3Term', file: ABSENCE, filter: allSchools(cpp), column: 'pt_pupils_pa_10_exact' },
]

/** EES regions by name, as LAIT numbers them. */
const REGION_NUMBERS: Record<string, number> = {
  'north east': 980,
  'north west': 981,
  'yorkshire and the humber': 982,
  'east midlands': 983,
  'west midlands': 984,
  'east of england': 985,
  london: 986,
  'inner london': 987,
  'outer london': 988,
  'south east': 989,
  'south west': 990,
}

/** The LAIT area number of an EES row, or undefined for levels LAIT does not hold. */
export function laitAreaOfEesRow(row: Record<string, string | undefined>): number | undefined {
  switch (row.geographic_level) {
    case 'National':
      return 970
    case 'Regional':
      return REGION_NUMBERS[(row.region_name ?? '').trim().toLowerCase()]
    case 'Local authority':
      return /^\d{3}$/.test(row.old_la_code ?? '') ? Number(row.old_la_code) : undefined
    default:
      return undefined
  }
}

/**
 * The LAIT year text of an EES time period: a reporting year "2025" is "2025";
 * an academic year "202425" is "2025" (see yearTextPeriod.ts for the evidence).
 */
export function laitYearOfEesPeriod(timePeriod: string): string | undefined {
  if (/^\d{4}$/.test(timePeriod)) return timePeriod
  const m = /^(\d{4})(\d{2})$/.exec(timePeriod)
  if (m && (Number(m[1]) + 1) % 100 === Number(m[2])) return String(Number(m[1]) + 1)
  return undefined
}

export type Agreement = 'agree' | 'both-without-figure' | 'disagree'

/** Same figure, or no figure on either side, agree; a figure against a status, or two different figures, disagree. */
export function compareFigures(lait: OfficialValue, ees: OfficialValue): Agreement {
  const laitNumber = typeof lait === 'number'
  const eesNumber = typeof ees === 'number'
  if (!laitNumber && !eesNumber) return 'both-without-figure'
  if (laitNumber && eesNumber && Math.abs(lait - ees) < 1e-9) return 'agree'
  return 'disagree'
}
