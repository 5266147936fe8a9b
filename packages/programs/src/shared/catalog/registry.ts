import type { Program } from '@jibsa/rules';
import { educationMetadata, livelihoodMetadata, medicalMetadata } from '../../programs/basic-livelihood/metadata.ts';
import { educationBenefit, livelihoodBenefit, medicalBenefit } from '../../programs/basic-livelihood/programs.ts';
import { metadata as emergencyMetadata } from '../../programs/emergency-housing/metadata.ts';
import { emergencyHousing } from '../../programs/emergency-housing/program.ts';
import { metadataList as gwangjuMetadata } from '../../programs/gwangju-local/metadata.ts';
import { metadataList as repairMetadataList } from '../../programs/home-repair/metadata.ts';
import { homeRepair } from '../../programs/home-repair/program.ts';
import { rentMetadata, repairMetadata } from '../../programs/housing-benefit/metadata.ts';
import { rentBenefit } from '../../programs/housing-benefit/rent-benefit.ts';
import { repairBenefit } from '../../programs/housing-benefit/repair-benefit.ts';
import { metadata as loanMetadata, youthWhatYouGet } from '../../programs/jeonse-loan/metadata.ts';
import { generalLoan, newlywedLoan, youthLoan } from '../../programs/jeonse-loan/program.ts';
import {
  happyElderlyWhatYouGet,
  happyNewlywedWhatYouGet,
  metadataList as rentalMetadata,
} from '../../programs/public-rental/metadata.ts';
import {
  happyElderly,
  happyNewlywed,
  happyYouth,
  integratedRental,
  jeonseRental,
  nationalRental,
  permanentRental,
  purchaseRental,
} from '../../programs/public-rental/programs.ts';
import { metadata as seniorMetadata } from '../../programs/senior-welfare-housing/metadata.ts';
import { seniorWelfareHousing } from '../../programs/senior-welfare-housing/program.ts';
import { metadata as vulnerableMetadata } from '../../programs/vulnerable-housing/metadata.ts';
import { vulnerableHousing } from '../../programs/vulnerable-housing/program.ts';
import { metadata as youthRentMetadata } from '../../programs/youth-rent/metadata.ts';
import { youthRent } from '../../programs/youth-rent/program.ts';
import type { ProgramAbout, ProgramMetadata } from './metadata.ts';
import { canonicalProgramId } from './program-ids.ts';
import { metadataById, variantOf } from './variants.ts';

/** One program of the catalog: its rules (when it can be screened) and what a person needs to know. */
export interface CatalogEntry {
  readonly id: string;
  /** Absent for programs listed for information only (no screenable rule yet). */
  readonly program?: Program;
  readonly metadata: ProgramMetadata;
  /** A local program's page texts (LOCAL-PROGRAMS.md); the national programs' are in about.ts, read by `aboutOf`. */
  readonly about?: ProgramAbout;
}

const rental = (id: string) => metadataById(rentalMetadata, id);
const happy = rental('public-rental.happy');
const screened = (program: Program, metadata: ProgramMetadata): CatalogEntry => ({ id: program.id, program, metadata });
// Why one is not checked is said by catalogTexts (catalog/texts.ts), out of the self-check's bundle.
const infoOnly = (metadata: ProgramMetadata): CatalogEntry => ({ id: metadata.id, metadata });

/**
 * Every program Jibsa knows, in the order a result page shows them: 주거급여, 공공임대, 주거취약계층,
 * 긴급복지, 청년월세, 버팀목, 집수리, 고령자복지주택, then 생계·의료·교육급여 and local information.
 */
export const catalog: readonly CatalogEntry[] = [
  screened(rentBenefit, rentMetadata),
  screened(repairBenefit, repairMetadata),
  screened(permanentRental, rental('public-rental.permanent')),
  screened(nationalRental, rental('public-rental.national')),
  screened(happyYouth, variantOf(happy, happyYouth.id, happyYouth.label)),
  screened(
    happyNewlywed,
    variantOf(happy, happyNewlywed.id, happyNewlywed.label, { newlywed: true, whatYouGet: happyNewlywedWhatYouGet }),
  ),
  screened(happyElderly, variantOf(happy, happyElderly.id, happyElderly.label, { whatYouGet: happyElderlyWhatYouGet })),
  screened(integratedRental, rental('public-rental.integrated')),
  screened(purchaseRental, rental('public-rental.purchase')),
  screened(jeonseRental, rental('public-rental.jeonse')),
  screened(vulnerableHousing, vulnerableMetadata),
  screened(emergencyHousing, emergencyMetadata),
  screened(youthRent, youthRentMetadata),
  screened(generalLoan, variantOf(loanMetadata, generalLoan.id, generalLoan.label)),
  screened(youthLoan, variantOf(loanMetadata, youthLoan.id, youthLoan.label, { whatYouGet: youthWhatYouGet })),
  screened(newlywedLoan, variantOf(loanMetadata, newlywedLoan.id, newlywedLoan.label, { newlywed: true })),
  screened(homeRepair, metadataById(repairMetadataList, 'home-repair.low-income-repair')),
  infoOnly(metadataById(repairMetadataList, 'home-repair.rural-disabled')),
  screened(seniorWelfareHousing, seniorMetadata),
  screened(livelihoodBenefit, livelihoodMetadata),
  screened(medicalBenefit, medicalMetadata),
  screened(educationBenefit, educationMetadata),
  ...gwangjuMetadata.map(infoOnly),
];

/** The catalog entry of an id, old ids included (PROGRAM_ID_ALIASES): its `id` is the current one. */
export function findProgram(id: string): CatalogEntry | undefined {
  const current = canonicalProgramId(id);
  return catalog.find((e) => e.id === current);
}
