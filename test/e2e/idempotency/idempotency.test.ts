/**
 * Issue 4: a retried write never creates a duplicate. One write per region is sent 100 times at
 * once through the gateway with the same idempotency key, each region on another database —
 * Yangtze on SQLite, Tianjin on PostgreSQL, Zhejiang on MariaDB — and exactly one record, one
 * directory project and one answer that is not a replay come out; the other 99 answers repeat it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleUscc } from '../../../schema/contract/uscc';
import { createScratchDatabase, type ScratchDatabase } from '../../../subgraphs/kit/cli/scratch-database';
import { data, graphql, startTestSystem, type TestSystem } from '../../support/system';
import { TEST_AUTH_ENV, bearer, editorToken } from '../../support/tokens';
import { snapshotAll } from '../../support/written';

const RETRIES = 100;

interface Retried {
  region: 'yangtze' | 'tianjin' | 'zhejiang';
  dialect: string;
  token: () => Promise<string>;
  query: string;
  variables: () => Promise<Record<string, unknown>>;
  /** The key of the record in one answer, and whether the answer was a replay. */
  outcome: (data: Record<string, unknown>) => { key: string; replayed: boolean };
  /** How many records of the kind the write creates the region holds. */
  records: (snapshot: Record<string, { records: unknown }>) => number;
}

type Snapshot = Record<string, { records: Record<string, Record<string, unknown[]>>; directory: { projects: { totalCount: number } } }>;

describe('100 concurrent retries of one write', () => {
  let system: TestSystem;
  let dataDir: string;
  const databases: ScratchDatabase[] = [];

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coopgraph-idempotency-'));
    const postgres = await createScratchDatabase('postgresql', 'e2e_idem_tianjin');
    databases.push(postgres);
    const mariadb = await createScratchDatabase('mysql', 'e2e_idem_zhejiang');
    databases.push(mariadb);
    system = await startTestSystem({
      ...TEST_AUTH_ENV,
      YANGTZE_DATABASE_URL: `sqlite:${path.join(dataDir, 'yangtze.sqlite')}`,
      TIANJIN_DATABASE_URL: postgres.url,
      ZHEJIANG_DATABASE_URL: mariadb.url,
    });
  }, 240_000);

  afterAll(async () => {
    await system?.stopAll();
    await Promise.all(databases.map((d) => d.drop()));
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const payload = (field: string, record: string) => (d: Record<string, unknown>) => {
    const answer = d[field] as Record<string, { key: string }> & { replayed: boolean };
    return { key: answer[record]!.key, replayed: answer.replayed };
  };
  const count = (region: string, list: string) => (s: Record<string, { records: unknown }>) => ((s[region]!.records as Record<string, Record<string, unknown[]>>)[region]![list]!).length;

  const CASES: Retried[] = [
    {
      region: 'yangtze',
      dialect: 'SQLite',
      token: () => editorToken('yangtze', 'zone:wuhan-donghu'),
      query: 'mutation($input: YangtzePostInput!) { yangtzePostToPlatform(input: $input) { replayed post { key } } }',
      variables: async () => ({ input: { idempotencyKey: 'retry-yangtze-0001', zoneKey: 'wuhan-donghu', kind: 'DEMAND', title: '寻找光电子封装测试合作伙伴', chainCode: 'IC', linkCode: 'TESTING', posted: '2024-05-06' } }),
      outcome: payload('yangtzePostToPlatform', 'post'),
      records: count('yangtze', 'posts'),
    },
    {
      region: 'tianjin',
      dialect: 'PostgreSQL',
      token: () => editorToken('tianjin', 'alliance:new-energy-battery-talent-alliance'),
      query: 'mutation($input: TianjinRecordCooperationInput!) { tianjinRecordCooperation(input: $input) { replayed cooperation { key } } }',
      variables: async () => {
        const { tianjin } = await data<{ tianjin: { alliances: Array<{ key: string; members: Array<{ member: { uscc: string | null; name: string } }> }> } }>(
          system.gatewayUrl,
          '{ tianjin { alliances { key members { member { uscc name } } } } }',
        );
        const member = tianjin.alliances.find((a) => a.key === 'new-energy-battery-talent-alliance')!.members.find((m) => m.member.uscc)!.member;
        const partner = { uscc: sampleUscc('重庆重试测试材料有限公司', '500000'), name: '重庆重试测试材料有限公司', areaCode: '500000' };
        return {
          input: {
            idempotencyKey: 'retry-tianjin-0001',
            allianceKey: 'new-energy-battery-talent-alliance',
            parties: [{ uscc: member.uscc, name: member.name, areaCode: '120000' }, partner],
            kind: 'strategic-cooperation',
            status: 'SIGNED',
            scope: '正极材料长期供货',
            chainCode: 'POWER_BATTERY',
            amount: { value: 1.2, unit: '亿元' },
            date: '2024-08-01',
          },
        };
      },
      outcome: payload('tianjinRecordCooperation', 'cooperation'),
      records: count('tianjin', 'cooperations'),
    },
    {
      region: 'zhejiang',
      dialect: 'MariaDB',
      token: () => editorToken('zhejiang', 'county:suichang'),
      query: 'mutation($input: ZhejiangRegisterProjectInput!) { zhejiangRegisterProject(input: $input) { replayed project { key } } }',
      variables: async () => ({
        input: {
          idempotencyKey: 'retry-zhejiang-0001',
          pairingKey: 'nanhu-suichang',
          kind: 'plant-relocation',
          name: '精细化工新厂',
          summary: '南湖企业在遂昌新建精细化工厂',
          hostAreaCode: '331123',
          chainCode: 'CHEMICALS',
          stage: 'SIGNED',
          amount: { value: 3, unit: '亿元' },
          milestone: { event: '签约', date: '2024-08-15' },
          firms: [{ uscc: sampleUscc('遂昌重试测试化工有限公司', '331123'), name: '遂昌重试测试化工有限公司', areaCode: '331123' }],
        },
      }),
      outcome: payload('zhejiangRegisterProject', 'project'),
      records: count('zhejiang', 'projects'),
    },
  ];

  it.each(CASES.map((c) => [c.dialect, c.region, c] as const))('finds exactly one record on %s (%s)', async (_dialect, region, retried) => {
    const headers = bearer(await retried.token());
    const variables = await retried.variables();
    const before = (await snapshotAll(system.urls)) as Snapshot;

    const answers = await Promise.all(Array.from({ length: RETRIES }, () => graphql<Record<string, unknown>>(system.gatewayUrl, retried.query, variables, headers)));

    expect(answers.flatMap((a) => a.errors ?? [])).toEqual([]);
    const outcomes = answers.map((a) => retried.outcome(a.data!));
    expect(new Set(outcomes.map((o) => o.key)).size).toBe(1);
    expect(outcomes.filter((o) => !o.replayed)).toHaveLength(1);
    const after = (await snapshotAll(system.urls)) as Snapshot;
    expect(retried.records(after) - retried.records(before)).toBe(1);
    // The region's directory holds the write once too (the demand is a gap, not a project).
    const projects = (s: Snapshot) => s[region]!.directory.projects.totalCount;
    expect(projects(after) - projects(before)).toBe(region === 'yangtze' ? 0 : 1);
    // The other regions saw nothing.
    for (const other of Object.keys(before).filter((r) => r !== region)) expect(after[other]).toEqual(before[other]);
  }, 120_000);
});
