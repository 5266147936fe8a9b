/** One input line: its text, or why it was not read. Line numbers count every line, blank ones too. */
export type InputLine =
  | { readonly line: number; readonly text: string }
  | { readonly line: number; readonly refused: 'lineTooLong' | 'bodyTooLarge' | 'tooManyLines' };

export interface LineLimits {
  /** A line longer than this is reported and skipped, without keeping its bytes. */
  readonly maxLineBytes: number;
  /** Past this many bytes the rest of the body is refused (reported once, then reading stops). */
  readonly maxBytes: number;
  /** Past this many non-blank lines likewise. */
  readonly maxLines: number;
}

const NEWLINE = 10;

/**
 * Splits a byte stream into lines as they arrive: yields the lines each chunk completes, so a
 * caller that answers block by block answers a slow sender as it goes, and never holds more than
 * one line's bytes (at most `maxLineBytes`) beyond the chunk in hand. Blank lines are skipped.
 */
export async function* ndjsonLines(input: AsyncIterable<Buffer>, limits: LineLimits): AsyncGenerator<InputLine[]> {
  let partial: Buffer[] = [];
  let partialBytes = 0;
  let skipping = false;
  let lineNo = 0;
  let lines = 0;
  let total = 0;
  const finish = (block: InputLine[], text: string): 'more' | 'stop' => {
    lineNo++;
    const trimmed = text.trim();
    if (trimmed === '') return 'more';
    if (++lines > limits.maxLines) {
      block.push({ line: lineNo, refused: 'tooManyLines' });
      return 'stop';
    }
    block.push({ line: lineNo, text: trimmed });
    return 'more';
  };
  for await (const chunk of input) {
    const block: InputLine[] = [];
    total += chunk.length;
    let start = 0;
    for (let nl = chunk.indexOf(NEWLINE); nl !== -1; nl = chunk.indexOf(NEWLINE, start)) {
      const piece = chunk.subarray(start, nl);
      start = nl + 1;
      if (skipping || partialBytes + piece.length > limits.maxLineBytes) {
        skipping = false;
        partial = [];
        partialBytes = 0;
        lineNo++;
        if (++lines > limits.maxLines) {
          block.push({ line: lineNo, refused: 'tooManyLines' });
          yield block;
          return;
        }
        block.push({ line: lineNo, refused: 'lineTooLong' });
        continue;
      }
      const text = partialBytes === 0 ? piece.toString('utf8') : Buffer.concat([...partial, piece]).toString('utf8');
      partial = [];
      partialBytes = 0;
      if (finish(block, text) === 'stop') {
        yield block;
        return;
      }
    }
    if (total > limits.maxBytes) {
      block.push({ line: lineNo + 1, refused: 'bodyTooLarge' });
      yield block;
      return;
    }
    const rest = chunk.subarray(start);
    if (!skipping && rest.length > 0) {
      if (partialBytes + rest.length > limits.maxLineBytes) {
        // Too long already: drop what is kept and skip to the next newline.
        skipping = true;
        partial = [];
        partialBytes = 0;
      } else {
        // A copy, so the chunk it came from is not kept alive for a few bytes.
        partial.push(Buffer.from(rest));
        partialBytes += rest.length;
      }
    }
    if (block.length > 0) yield block;
  }
  // The last line may end without a newline.
  const block: InputLine[] = [];
  if (skipping) block.push({ line: lineNo + 1, refused: lines + 1 > limits.maxLines ? 'tooManyLines' : 'lineTooLong' });
  else if (partialBytes > 0) finish(block, Buffer.concat(partial).toString('utf8'));
  if (block.length > 0) yield block;
}
