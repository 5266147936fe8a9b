/**
 * A text file as the person saved it. Korean Excel saves "CSV" in CP949, not UTF-8, and
 * `File.text()` reads everything as UTF-8, which turned every Korean word of such a file into
 * replacement characters. A byte-order mark settles the encoding; otherwise text that is valid
 * UTF-8 is UTF-8, and anything else CP949 (the WHATWG 'euc-kr' decoder is CP949), as the server's
 * list reader decides (packages/lists encoding.ts).
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('euc-kr').decode(bytes);
  }
}

export async function readTextFile(file: Blob): Promise<string> {
  return decodeText(new Uint8Array(await file.arrayBuffer()));
}
