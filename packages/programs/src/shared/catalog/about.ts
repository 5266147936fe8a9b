import { educationAbout, livelihoodAbout, medicalAbout } from '../../programs/basic-livelihood/about.ts';
import { about as emergencyAbout } from '../../programs/emergency-housing/about.ts';
import { aboutList as gwangjuAbout } from '../../programs/gwangju-local/about.ts';
import { aboutList as repairAboutList } from '../../programs/home-repair/about.ts';
import { rentAbout, repairAbout } from '../../programs/housing-benefit/about.ts';
import { about as loanAbout } from '../../programs/jeonse-loan/about.ts';
import { aboutList as rentalAbout } from '../../programs/public-rental/about.ts';
import { about as seniorAbout } from '../../programs/senior-welfare-housing/about.ts';
import { about as vulnerableAbout } from '../../programs/vulnerable-housing/about.ts';
import { about as youthRentAbout } from '../../programs/youth-rent/about.ts';
import type { ProgramAbout } from './metadata.ts';
import { aboutVariant, metadataById } from './variants.ts';

const rental = (id: string) => metadataById(rentalAbout, id);
const happy = rental('public-rental.happy');

/**
 * Every national program's page texts by its catalog id, the screened variants (registry.ts)
 * included with the who-qualifies lines that concern each. Only the catalog and the API read
 * this module, so the self-check's bundle leaves it out.
 */
export const ABOUT: ReadonlyMap<string, ProgramAbout> = new Map(
  [
    rentAbout,
    repairAbout,
    rental('public-rental.permanent'),
    rental('public-rental.national'),
    aboutVariant(happy, 'public-rental.happy-youth', [0, 3]),
    aboutVariant(happy, 'public-rental.happy-newlywed', [1, 3]),
    aboutVariant(happy, 'public-rental.happy-elderly', [2, 3]),
    rental('public-rental.integrated'),
    rental('public-rental.purchase'),
    rental('public-rental.jeonse'),
    vulnerableAbout,
    emergencyAbout,
    youthRentAbout,
    aboutVariant(loanAbout, 'jeonse-loan.general', [0, 1, 2]),
    aboutVariant(loanAbout, 'jeonse-loan.youth', [0, 1, 2, 3]),
    aboutVariant(loanAbout, 'jeonse-loan.newlywed', [0, 1, 2]),
    ...repairAboutList,
    seniorAbout,
    livelihoodAbout,
    medicalAbout,
    educationAbout,
    ...gwangjuAbout,
  ].map((a) => [a.id, a]),
);
