/** Whom at the center the agency asks (server: referrals/center-contact.ts): the sender, a number if on record. */
export interface CenterContact {
  /** Null when the sender's account is closed (then there is a phone). */
  name: string | null;
  organization: string | null;
  phone: string | null;
  fictional: boolean;
}

/**
 * Said after "please call the center" on an ended referral, so the agency knows which number to
 * call, or, with none on record, whom to ask for by name (a number is never guessed).
 */
export function centerContactNote(c: CenterContact | null, lang: 'ko' | 'en'): string | undefined {
  if (!c) return undefined;
  const who = [c.organization, c.name].filter(Boolean).join(' ');
  if (lang === 'ko') {
    if (c.phone)
      return `센터 연락처: ${c.organization ?? '센터'} ${c.phone}${c.name ? ` (이 연계를 보낸 ${c.name})` : ''}${c.fictional ? ' · 체험용 가상 번호' : ''}`;
    return `센터 전화번호는 기록되어 있지 않습니다. 이 연계를 보낸 ${who}에게 연락해 주세요.`;
  }
  if (c.phone)
    return `Center contact: ${c.organization ?? 'the center'} ${c.phone}${c.name ? ` (${c.name} sent this referral)` : ''}${c.fictional ? ' · fictional demo number' : ''}`;
  return `The center's phone number is not on record: ask for ${who}, who sent this referral.`;
}
