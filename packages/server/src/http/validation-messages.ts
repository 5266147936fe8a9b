import type { FieldError } from './problem.ts';

/** Shape of one Ajv error as Fastify hands it over. */
export interface AjvIssue {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** Turns Ajv's errors into field errors a person can read, in Korean first. */
export function fieldErrors(issues: readonly AjvIssue[], context: string | undefined): FieldError[] {
  return readable(issues).map((issue) => {
    // Same path style as the engine's own messages: members[1].age, not members.1.age.
    const base = issue.instancePath
      .replace(/^\//, '')
      .replace(/\/(\d+)(?=\/|$)/g, '[$1]')
      .replaceAll('/', '.');
    const missing = issue.keyword === 'required' ? String(issue.params.missingProperty ?? '') : '';
    const extra = issue.keyword === 'additionalProperties' ? String(issue.params.additionalProperty ?? '') : '';
    const field = [base, missing || extra].filter(Boolean).join('.') || context || '(body)';
    const [ko, en] = describe(issue);
    return {
      path: context && context !== 'body' ? `${context}.${field}` : field,
      code: issue.keyword,
      detail: `${field}: ${ko}`,
      detail_en: `${field}: ${en}`,
    };
  });
}

/**
 * An optional field is "this, or null" (anyOf): a wrong value fails both branches, and Ajv reports
 * each, plus the anyOf itself ("must be of type null. must match a schema in anyOf"). Only what the
 * value missed in the branch that describes it is worth saying; the anyOf stays when nothing else does.
 */
function readable(issues: readonly AjvIssue[]): readonly AjvIssue[] {
  const anyOfAt = new Set(issues.filter((i) => i.keyword === 'anyOf').map((i) => i.instancePath));
  if (anyOfAt.size === 0) return issues;
  const said = new Set(
    issues
      .filter((i) => anyOfAt.has(i.instancePath) && i.keyword !== 'anyOf' && !isNullBranch(i))
      .map((i) => i.instancePath),
  );
  return issues.filter((i) => {
    if (!anyOfAt.has(i.instancePath)) return true;
    if (isNullBranch(i)) return false;
    return i.keyword !== 'anyOf' || !said.has(i.instancePath);
  });
}

const isNullBranch = (i: AjvIssue) => i.keyword === 'type' && i.params.type === 'null';

function describe(issue: AjvIssue): [string, string] {
  const p = issue.params;
  switch (issue.keyword) {
    case 'required':
      return ['꼭 입력해야 하는 항목입니다.', 'is required.'];
    case 'type':
      return [`형식이 맞지 않습니다 (${mustBe(typeKo(String(p.type)))}).`, `must be of type ${String(p.type)}.`];
    case 'minimum':
    case 'exclusiveMinimum':
      return [`${String(p.limit)} 이상이어야 합니다.`, `must be at least ${String(p.limit)}.`];
    case 'maximum':
    case 'exclusiveMaximum':
      return [`${String(p.limit)} 이하여야 합니다.`, `must be at most ${String(p.limit)}.`];
    case 'minLength':
      // At least one character is "say something": said as a person would, not as a count.
      return Number(p.limit) === 1
        ? ['꼭 적어 주세요.', 'is required.']
        : [`${String(p.limit)}글자 이상 입력해 주세요.`, `must be at least ${String(p.limit)} characters.`];
    case 'maxLength':
      return [`${String(p.limit)}글자 이하로 입력해 주세요.`, `must be at most ${String(p.limit)} characters.`];
    case 'enum':
    case 'const':
      return [
        `허용된 값이 아닙니다 (${formatAllowed(p)}).`,
        `must be one of the allowed values (${formatAllowed(p)}).`,
      ];
    case 'pattern':
    case 'format':
      return ['형식이 올바르지 않습니다.', `has an invalid format${p.format ? ` (${String(p.format)})` : ''}.`];
    case 'formatMinimum':
      return [`${String(p.limit)} 이후여야 합니다.`, `must be ${String(p.limit)} or later.`];
    case 'formatMaximum':
      return [`${String(p.limit)} 이전이어야 합니다.`, `must be ${String(p.limit)} or earlier.`];
    case 'additionalProperties':
      return ['알 수 없는 항목입니다.', 'is not a known field.'];
    case 'minItems':
      return [`${String(p.limit)}개 이상 있어야 합니다.`, `must have at least ${String(p.limit)} items.`];
    case 'maxItems':
      return [`${String(p.limit)}개 이하여야 합니다.`, `must have at most ${String(p.limit)} items.`];
    case 'anyOf':
    case 'oneOf':
      return ['형식이 올바르지 않습니다.', 'has an invalid value.'];
    default:
      return [`값이 올바르지 않습니다 (${issue.keyword}).`, issue.message ?? `is invalid (${issue.keyword}).`];
  }
}

/** "숫자여야 합니다", "목록이어야 합니다": the copula after a final consonant (받침) takes 이. */
function mustBe(word: string): string {
  const last = word.charCodeAt(word.length - 1) - 0xac00;
  const batchim = last >= 0 && last < 11172 && last % 28 !== 0;
  return `${word}${batchim ? '이어야' : '여야'} 합니다`;
}

function typeKo(type: string): string {
  return (
    {
      string: '글자',
      number: '숫자',
      integer: '정수',
      boolean: '예/아니오',
      object: '객체',
      array: '목록',
      null: '빈 값',
    }[type] ?? type
  );
}

function formatAllowed(p: Record<string, unknown>): string {
  const values = (p.allowedValues as unknown[] | undefined) ?? (p.allowedValue !== undefined ? [p.allowedValue] : []);
  return values.map((v) => JSON.stringify(v)).join(', ');
}
