import type { Program } from '@jibsa/rules';
import { educationMetadata, livelihoodMetadata, medicalMetadata } from '../basic-livelihood/metadata.ts';
import { educationBenefit, livelihoodBenefit, medicalBenefit } from '../basic-livelihood/programs.ts';
import { rentMetadata, repairMetadata } from '../housing-benefit/metadata.ts';
import { rentBenefit } from '../housing-benefit/rent-benefit.ts';
import { repairBenefit } from '../housing-benefit/repair-benefit.ts';
import type { ProgramMetadata } from './metadata.ts';

/** One program of the catalog: its rules (when it can be screened) and what a person needs to know. */
export interface CatalogEntry {
  readonly id: string;
  /** Absent for programs listed for information only (no screenable rule yet). */
  readonly program?: Program;
  readonly metadata: ProgramMetadata;
}

/** Every program Jibsa knows, in the order a result page shows them. */
export const catalog: readonly CatalogEntry[] = [
  { id: 'housing-benefit-rent', program: rentBenefit, metadata: rentMetadata },
  { id: 'housing-benefit-repair', program: repairBenefit, metadata: repairMetadata },
  { id: 'livelihood-benefit', program: livelihoodBenefit, metadata: livelihoodMetadata },
  { id: 'medical-benefit', program: medicalBenefit, metadata: medicalMetadata },
  { id: 'education-benefit', program: educationBenefit, metadata: educationMetadata },
];

export function findProgram(id: string): CatalogEntry | undefined {
  return catalog.find((e) => e.id === id);
}
