import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnServer } from '../support/spawn-server.ts';

describe('a damaged embedded database folder', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jibsa-damaged-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('stops the start with the folder named and what to do, not a bare "Aborted()", and keeps the folder', async () => {
    // What a server leaves when its folder was deleted under it and it wrote part of one on the way out.
    fs.mkdirSync(path.join(dir, 'base'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'PG_VERSION'), '17\n');
    const start = spawnServer({ JIBSA_DATA_DIR: dir });
    const error = await start.then(
      () => null,
      (e: Error) => e.message,
    );
    expect(error).toContain('exited with 1 before starting');
    expect(error).toContain(`내장 데이터베이스 폴더 ${dir} 를 열 수 없습니다.`);
    expect(error).toContain('이 폴더를 다른 이름으로 옮겨 두고(지우지 말고 보관)');
    expect(error).toContain(`The embedded database folder ${dir} could not be opened`);
    // Nothing was deleted or made anew in its place: the person decides what happens to it.
    expect(fs.readdirSync(dir).sort()).toEqual(['PG_VERSION', 'base']);
  }, 60_000);
});
