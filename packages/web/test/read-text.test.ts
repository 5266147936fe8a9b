import { encode } from '@jibsa/lists';
import { describe, expect, it } from 'vitest';
import { decodeText, readTextFile } from '../src/shared/files/read-text.ts';

const LINE = 'PAN_ID,PAN_NM,AIS_TP_CD_NM\nTEST0001,[가상] 광주 북구 국민임대 예비입주자 모집,국민임대\n';

describe('a text file read in the browser', () => {
  it('reads a CSV saved by Korean Excel (CP949) as the words it holds', async () => {
    const cp949 = encode(LINE, 'cp949');
    // What File.text() did: every Korean word replaced.
    expect(new TextDecoder().decode(cp949)).not.toContain('국민임대');
    expect(await readTextFile(new Blob([new Uint8Array(cp949)]))).toBe(LINE);
  });
  it('reads UTF-8 with or without a byte-order mark, and UTF-16', () => {
    for (const enc of ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be'] as const) {
      expect(decodeText(new Uint8Array(encode(LINE, enc))).replace(/^\uFEFF/, ''), enc).toBe(LINE);
    }
  });
});
