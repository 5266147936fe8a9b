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
 * call, or, with none on record, whom to ask for and what to quote so the center finds the
 * household at once (a number is never guessed). Whoever can fix the missing number is named too:
 * the agency passes it on, or the center's own staff reading over its shoulder see what to do.
 */
export function centerContactNote(c: CenterContact | null, number: string, lang: 'ko' | 'en'): string | undefined {
  if (!c) return undefined;
  const who = [c.organization, c.name].filter(Boolean).join(' ');
  if (lang === 'ko') {
    if (c.phone)
      return `센터 연락처: ${c.organization ?? '센터'} ${c.phone}${c.name ? ` (이 연계를 보낸 ${c.name})` : ''}${c.fictional ? ' · 체험용 가상 번호' : ''}`;
    return `센터 전화번호는 아직 Jibsa에 등록되어 있지 않습니다. 센터에 연락할 때 「연계 번호 ${number}, 보낸 사람 ${who}」라고 알려 주면 바로 찾습니다. 센터 관리자가 기관 목록에 센터 전화번호를 올리면 여기에 나옵니다.`;
  }
  if (c.phone)
    return `Center contact: ${c.organization ?? 'the center'} ${c.phone}${c.name ? ` (${c.name} sent this referral)` : ''}${c.fictional ? ' · fictional demo number' : ''}`;
  return `The center's phone number is not in Jibsa yet. When you contact the center, ask for ${who}, who sent this referral, and quote referral number ${number}. Once the center's administrator adds its number to the agency directory, it shows here.`;
}
