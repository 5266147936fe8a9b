/** Reads the public board API; an error answer becomes a {ko, en} message to show. */
export type Read<T> = { ok: true; value: T } | { ok: false; status: number; message: { ko: string; en: string } };

export async function read<T>(url: string): Promise<Read<T>> {
  try {
    const res = await fetch(url, { credentials: 'same-origin' });
    if (res.ok) return { ok: true, value: (await res.json()) as T };
    const p = (await res.json().catch(() => ({}))) as { detail?: string; detail_en?: string };
    return {
      ok: false,
      status: res.status,
      message: { ko: p.detail ?? `오류 ${res.status}`, en: p.detail_en ?? `Error ${res.status}` },
    };
  } catch {
    return {
      ok: false,
      status: 0,
      message: {
        ko: '서버에 연결할 수 없습니다. 잠시 뒤 다시 해 주세요.',
        en: 'Cannot reach the server. Try again soon.',
      },
    };
  }
}

/** 1.2MB, 340KB: sizes the way people read them. */
export function fileSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)}MB` : `${Math.max(1, Math.ceil(bytes / 1024))}KB`;
}
