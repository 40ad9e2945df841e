/**
 * @packageDocumentation
 * Dataset grading (GB/T 43697-2024), combination rules and k-anonymity: `@govkit/masking/grading`.
 */
export {
  type CombinationRule,
  type DataGrade,
  type DatasetDescription,
  defaultCombinationRules,
  describeKind,
  type FieldDescription,
  type FieldRole,
  type GradingFinding,
  type GradingOptions,
  type GradingReport,
  gradeDataset,
  type PersonalInfoLevel,
} from './grading';
export { type EquivalenceClass, type KAnonymityOptions, type KAnonymityReport, measureKAnonymity } from './k-anonymity';
