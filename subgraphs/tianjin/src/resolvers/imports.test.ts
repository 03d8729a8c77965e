import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleUscc } from '../../../../schema/contract/uscc';
import type { Identity } from '../../../kit/auth/identity';
import { startTestSubgraph, type TestSubgraph } from '../../../kit/testing';
import { tianjin } from '../region';

const xiqing: Identity = { role: 'editor', subject: 'editor-xiqing', region: 'tianjin', unit: { kind: 'county', key: '120111' } };
const IMPORT = 'mutation($input: TianjinImportFirmsInput!) { tianjinImportFirms(input: $input) { created updated unchanged dryRun rejected { row column value reason message } } }';
type Result = { tianjinImportFirms: { created: number; updated: number; unchanged: number; dryRun: boolean; rejected: Array<{ row: number; column: string; value: string | null; reason: string }> } };

const good = { row: 2, uscc: sampleUscc('天津导入测试材料有限公司', '120111'), name: '天津導入測試材料有限公司', areaCode: '120111', chainCodes: ['POWER_BATTERY'], established: '2019-05' };
const badCode = { row: 3, uscc: `${good.uscc.slice(0, 17)}${good.uscc.endsWith('1') ? '2' : '1'}`, name: '天津坏码有限公司', areaCode: '120111', chainCodes: [] };
const outside = { row: 4, uscc: sampleUscc('天津滨海导入测试有限公司', '120116'), name: '天津滨海导入测试有限公司', areaCode: '120116', chainCodes: ['NOPE'] };
const input = (dryRun: boolean, rows: object[] = [good, badCode, outside]) => ({ input: { source: { file: 'registry.xlsx', sheet: '企业', dryRun }, rows } });

describe('tianjin firm import', () => {
  let subgraph: TestSubgraph;
  beforeAll(async () => {
    subgraph = await startTestSubgraph(tianjin);
  });
  afterAll(() => subgraph?.close());

  const firm = async () =>
    (await subgraph.query<{ directoryFirmsByUscc: Array<{ uscc: string; name: string }> }>(`{ directoryFirmsByUscc(usccs: ["${good.uscc}"]) { uscc name } }`)).data!.directoryFirmsByUscc;

  it('names every bad row and column, and a dry run writes nothing', async () => {
    const result = await subgraph.query<Result>(IMPORT, input(true), { as: xiqing });
    expect(result.errors).toBeUndefined();
    const r = result.data!.tianjinImportFirms;
    expect(r).toMatchObject({ created: 1, dryRun: true });
    expect(r.rejected.map((e) => [e.row, e.column, e.reason])).toEqual([
      [3, 'uscc', 'INVALID_USCC'],
      [4, 'areaCode', 'OUTSIDE_SCOPE'],
      [4, 'chainCodes', 'INVALID_CHAIN_CODE'],
    ]);
    expect(await firm()).toEqual([]);
  });

  it('writes the good rows with the directory, and a second run changes nothing', async () => {
    expect((await subgraph.query<Result>(IMPORT, input(false), { as: xiqing })).data!.tianjinImportFirms).toMatchObject({ created: 1, updated: 0, unchanged: 0 });
    expect(await firm()).toEqual([{ uscc: good.uscc, name: '天津导入测试材料有限公司' }]);
    expect((await subgraph.query<Result>(IMPORT, input(false), { as: xiqing })).data!.tianjinImportFirms).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    expect((await subgraph.query<Result>(IMPORT, input(false, [{ ...good, shortName: '导入材料' }]), { as: xiqing })).data!.tianjinImportFirms).toMatchObject({ updated: 1 });
  });
});
