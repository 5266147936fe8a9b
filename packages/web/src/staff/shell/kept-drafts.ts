/**
 * What a staff member typed and has not sent yet (a half-filled intake, a case note), kept for
 * them alone in this tab's memory so it outlives a move to another screen or a session that ended
 * and was logged into again. Never in browser storage, as it is a household's personal data: a
 * reload or a closed tab ends it (the page asks first). Whoever keeps a draft next on this tab,
 * if not its owner, starts with none of the drafts before them.
 */
let owner: string | null = null;
const drafts = new Map<string, unknown>();

/** Logging out forgets them all: whoever logs in next on this tab starts empty, the same person too. */
export function forgetDrafts(): void {
  owner = null;
  drafts.clear();
}

export function keptDraft<T>(staffId: string, key: string): T | undefined {
  return owner === staffId ? (drafts.get(key) as T | undefined) : undefined;
}

/** Keeps `value` under `key` for this staff member, or forgets it (null: sent, emptied). */
export function keepDraft<T>(staffId: string, key: string, value: T | null): void {
  if (owner !== staffId) {
    drafts.clear();
    owner = staffId;
  }
  if (value === null) drafts.delete(key);
  else drafts.set(key, value);
}
