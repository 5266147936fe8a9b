/** Input paths as the engine names them: "tenure", "members", "members[1].earnedIncome". */
export type ParsedPath =
  | { readonly scope: 'household'; readonly name: string }
  | { readonly scope: 'members' }
  | { readonly scope: 'member'; readonly index: number; readonly name: string };

const MEMBER = /^members\[(\d+)\]\.(\w+)$/;

export function parsePath(path: string): ParsedPath {
  if (path === 'members') return { scope: 'members' };
  const m = MEMBER.exec(path);
  if (m) return { scope: 'member', index: Number(m[1]), name: m[2] as string };
  return { scope: 'household', name: path };
}

export function memberPath(index: number, name: string): string {
  return `members[${index}].${name}`;
}
