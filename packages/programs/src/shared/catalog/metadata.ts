import type { Label } from '@jibsa/rules';

type Texts = { readonly ko: readonly string[]; readonly en: readonly string[] };

export interface ApplyChannel {
  readonly kind: 'visit' | 'online' | 'phone';
  readonly label: Label;
  readonly url?: string;
  readonly phone?: string;
}

export type Audience =
  | 'youth'
  | 'elderly'
  | 'newlyweds'
  | 'low-income'
  | 'non-housing'
  | 'children'
  | 'disabled'
  | 'everyone'
  | (string & {});

export type HelpType =
  | 'rent-support'
  | 'public-housing'
  | 'loan'
  | 'repair'
  | 'emergency'
  | 'relocation'
  | 'income-support'
  | (string & {});

export interface ProgramStart {
  readonly date: string;
  readonly citation: { readonly title: string; readonly url: string };
  readonly verified: boolean;
  readonly note?: string;
}

/**
 * What a person needs to know about a program beside its rules, as far as a result card shows it
 * (name, what one gets, papers, where to apply). The program page's longer texts are its
 * `ProgramAbout`, kept apart so the self-check's bundle does not carry them.
 */
export interface ProgramMetadata {
  readonly id: string;
  readonly name: Label;
  readonly whatYouGet: Label;
  readonly documents: Texts;
  readonly apply: { readonly agency: Label; readonly channels: readonly ApplyChannel[] };
  readonly audience: readonly Audience[];
  readonly helpType: HelpType;
  /** false until the texts were checked against the official guide. */
  readonly verified: boolean;
  /**
   * When the program began, for programs that started after 2019. Screening an earlier date says
   * "this program did not exist yet" instead of "figures not encoded".
   */
  readonly startedOn?: ProgramStart;
  /**
   * A limit the rules do not encode (생계·의료급여's 부양의무자 기준), said on every result that
   * shows an amount: `whatYouGet`, which says it too, is shown in its place only without one.
   */
  readonly caution?: Label;
  /**
   * Programs whose payment this one is cut by, or not paid beside (청년월세 beside 주거급여): a result
   * adding both amounts says the sum may be less.
   */
  readonly overlapsWith?: readonly string[];
  readonly notes?: string;
}

/**
 * A program's page in the catalog and the API: summary, who qualifies, legal basis and links.
 * Each program's metadata.ts writes it beside the card's metadata; catalog/about.ts collects them
 * (read through `aboutOf` in catalog/texts.ts). No screening reads these.
 */
export interface ProgramAbout {
  readonly id: string;
  readonly summary: Label;
  readonly whoQualifies: Texts;
  readonly legalBasis: readonly { readonly title: string; readonly url: string }[];
  readonly links: readonly { readonly title: string; readonly url: string }[];
}
