import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutputFile } from './output-file';

describe('output file', () => {
  it('counts bytes, not characters, and is cut back to a checkpointed length on reopening', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'coopgraph-out-')), 'out.csv');
    const out = await OutputFile.create(file);
    await out.write('天津,1\r\n');
    const checkpointed = out.length;
    expect(checkpointed).toBe(Buffer.byteLength('天津,1\r\n'));
    await out.write('浙江,2\r\n浙'); // a page a killed run half wrote
    await out.close();

    const reopened = await OutputFile.reopen(file, checkpointed);
    if ('error' in reopened) throw new Error(reopened.error);
    await reopened.file.write('浙江,2\r\n');
    await reopened.file.close();
    expect(fs.readFileSync(file, 'utf8')).toBe('天津,1\r\n浙江,2\r\n');

    expect(await OutputFile.reopen(file, 1_000_000)).toEqual({ error: expect.stringContaining('the checkpoint recorded 1000000') });
    expect(await OutputFile.reopen(`${file}.missing`, 0)).toEqual({ error: expect.stringContaining('cannot reopen') });
  });
});
