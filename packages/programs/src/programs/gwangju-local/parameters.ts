/**
 * 광주 자체 사업 have no figures encoded (metadata.ts says why). This file holds only the program
 * pages' research logs (their metadata `notes`) as `note`s, so that the self-check's bundle leaves
 * them out like every parameters.ts note (packages/web/build/strip-research-notes.ts); the API
 * serves them.
 */
export const metadataResearch: Readonly<Record<string, { readonly note?: string }>> = {
  'gwangju-local.gmcc-rental': {
    note: 'Website address taken from the project brief, not checked. Phone number not verified, so none is given.',
  },
  'gwangju-local.city-housing-programs': {
    note: 'Placeholder only. No Gwangju youth-rent amount, 주거복지센터 address/phone, or 집수리 scheme was found in any readable source.',
  },
};
