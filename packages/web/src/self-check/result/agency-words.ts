/**
 * An agency's name as it reads inside a sentence ("…에 주거급여 신청하기"): a closing aside in
 * brackets is moved after the sentence, not left before its particle ("행정복지센터 (조사는 LH가
 * 합니다)에"), and an English name that opens with "Your" is not capitalised mid-sentence.
 */
export function agencyInSentence(name: string): { name: string; aside: string | null } {
  const m = name.match(/^(.*\S)\s*\(([^()]+)\)$/);
  const main = m ? (m[1] as string) : name;
  return { name: main.replace(/^Your /, 'your '), aside: m ? (m[2] as string) : null };
}
