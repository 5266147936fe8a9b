/** Korean numbers as they are written: 010-1234-5678, 02-123-4567, 062-123-4567; anything else as given. */
export function phoneText(raw: string): string {
  const d = raw.replace(/\D/g, '');
  if (d !== raw.replace(/[\s-]/g, '')) return raw;
  if (d.startsWith('02') && (d.length === 9 || d.length === 10)) return `02-${d.slice(2, -4)}-${d.slice(-4)}`;
  if (d.startsWith('0') && (d.length === 10 || d.length === 11))
    return `${d.slice(0, 3)}-${d.slice(3, -4)}-${d.slice(-4)}`;
  return raw;
}
