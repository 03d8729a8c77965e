import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleUscc } from '../../../../schema/contract/uscc';
import type { Identity } from '../../../kit/auth/identity';
import { startTestSubgraph, type TestSubgraph } from '../../../kit/testing';
import { yangtze } from '../region';

const zhangjiang: Identity = { role: 'editor', subject: 'editor-zhangjiang', region: 'yangtze', unit: { kind: 'zone', key: 'shanghai-zhangjiang' } };
const donghu: Identity = { role: 'editor', subject: 'editor-donghu', region: 'yangtze', unit: { kind: 'zone', key: 'wuhan-donghu' } };
const analyst: Identity = { role: 'analyst', subject: 'analyst-1' };

const POST = `mutation($input: YangtzePostInput!) { yangtzePostToPlatform(input: $input) { replayed post { key kind status title chainCode linkCode posted { iso } } } }`;
const ANSWER = `mutation($input: YangtzeAnswerDemandInput!) { yangtzeAnswerDemand(input: $input) { replayed answer { key responderKind projectId demand { key } zone { key } } } }`;
const RECORD = `mutation($input: YangtzeRecordConferenceProjectsInput!) { yangtzeRecordConferenceProjects(input: $input) { replayed signedCount projects { key outcome projectId amount { yuan } } } }`;

const demand = (key: string, extra: Record<string, unknown> = {}) => ({
  idempotencyKey: key,
  zoneKey: 'shanghai-zhangjiang',
  kind: 'DEMAND',
  title: '寻找机器人减速器设计合作伙伴',
  chainCode: 'ROBOTICS',
  linkCode: 'DESIGN',
  posted: '2024-05-06',
  contact: { name: '王联络', phone: '021-5080 1234' },
  ...extra,
});

const codeOf = (result: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => result.errors?.[0]?.extensions?.code;

describe('yangtze writes', () => {
  let subgraph: TestSubgraph;
  beforeAll(async () => {
    subgraph = await startTestSubgraph(yangtze);
  });
  afterAll(() => subgraph?.close());

  it('posts a demand on the zone\'s channel, and a retry returns the first result without a second post', async () => {
    const first = await subgraph.query<{ yangtzePostToPlatform: { replayed: boolean; post: { key: string; status: string; posted: { iso: string } } } }>(POST, { input: demand('demand-0001') }, { as: zhangjiang });
    expect(first.errors).toBeUndefined();
    expect(first.data!.yangtzePostToPlatform).toMatchObject({ replayed: false, post: { status: 'OPEN', posted: { iso: '2024-05-06' } } });
    const again = await subgraph.query<typeof first.data>(POST, { input: demand('demand-0001') }, { as: zhangjiang });
    expect(again.data!.yangtzePostToPlatform).toEqual({ ...first.data!.yangtzePostToPlatform, replayed: true });
    const { data } = await subgraph.query<{ yangtze: { posts: Array<{ key: string }> } }>('{ yangtze { posts(kind: "DEMAND") { key } } }');
    expect(data!.yangtze.posts).toEqual([{ key: first.data!.yangtzePostToPlatform.post.key }]);
  });

  it('names every bad field of an input at once', async () => {
    const result = await subgraph.query(POST, { input: demand('demand-bad-0001', { title: '  ', posted: '2024-02-30', contact: { name: '王联络', phone: 'call me' } }) }, { as: zhangjiang });
    const extensions = result.errors?.[0]?.extensions as { code: string; field: string; fields: Array<{ field: string; reason?: string }> };
    expect(extensions.code).toBe('BAD_USER_INPUT');
    expect(extensions.field).toBe('input.title');
    expect(extensions.fields.map((f) => f.field)).toEqual(['input.title', 'input.posted', 'input.contact.phone']);
    expect(result.errors).toHaveLength(1);
  });

  it('refuses the same key with a different input', async () => {
    const result = await subgraph.query(POST, { input: demand('demand-0001', { title: '另一个需求' }) }, { as: zhangjiang });
    expect(codeOf(result)).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('states the demanded link as a gap of the zone, for the cross-region gap analysis', async () => {
    const { data } = await subgraph.query<{ directoryScopes: Array<{ statedGaps: Array<{ chainCode: string; linkCode: string }> }> }>(
      '{ directoryScopes(ids: ["yangtze:zone:shanghai-zhangjiang"]) { statedGaps { chainCode linkCode } } }',
    );
    expect(data!.directoryScopes[0]!.statedGaps).toEqual([{ chainCode: 'ROBOTICS', linkCode: 'DESIGN' }]);
  });

  it('keeps the contact from anonymous callers and shows it to analysts', async () => {
    const query = '{ yangtze { posts { contact { name phone } } } }';
    expect(codeOf(await subgraph.query(query))).toBe('UNAUTHENTICATED');
    const { data } = await subgraph.query<{ yangtze: { posts: Array<{ contact: { phone: string } }> } }>(query, {}, { as: analyst });
    expect(data!.yangtze.posts[0]!.contact.phone).toBe('021-5080 1234');
  });

  it('limits a post to the zone\'s own editors and to signed-in callers', async () => {
    expect(codeOf(await subgraph.query(POST, { input: demand('demand-0002') }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await subgraph.query(POST, { input: demand('demand-0003') }, { as: donghu }))).toBe('FORBIDDEN');
    expect(codeOf(await subgraph.query(POST, { input: demand('demand-0004') }, { as: analyst }))).toBe('FORBIDDEN');
    const tianjin: Identity = { role: 'editor', subject: 'e', region: 'tianjin', unit: { kind: 'alliance', key: 'shuangtan-alliance' } };
    expect(codeOf(await subgraph.query(POST, { input: demand('demand-0005') }, { as: tianjin }))).toBe('FORBIDDEN');
  });

  it('names the invalid field', async () => {
    const bad = await subgraph.query(POST, { input: demand('demand-0006', { posted: '2024-02-30' }) }, { as: zhangjiang });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.posted' });
    const chain = await subgraph.query(POST, { input: demand('demand-0007', { chainCode: "ROBOTICS' OR '1'='1" }) }, { as: zhangjiang });
    expect(chain.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.chainCode' });
  });

  it('lets a firm of another zone answer the demand, as a cooperation project in the directory', async () => {
    const { data: posts } = await subgraph.query<{ yangtze: { posts: Array<{ key: string }> } }>('{ yangtze { posts(kind: "DEMAND") { key } } }');
    const firm = { uscc: sampleUscc('武汉测试机器人设计有限公司', '420100'), name: '武汉测试机器人设计有限公司', areaCode: '420106' };
    const input = { idempotencyKey: 'answer-0001', demandKey: posts!.yangtze.posts[0]!.key, zoneKey: 'wuhan-donghu', firm, message: '可提供减速器结构设计', answered: '2024-05-20' };
    const answer = await subgraph.query<{ yangtzeAnswerDemand: { answer: { projectId: string; responderKind: string } } }>(ANSWER, { input }, { as: donghu });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.yangtzeAnswerDemand.answer.responderKind).toBe('FIRM');
    const { data } = await subgraph.query<{ directoryProjectsById: Array<{ status: string; parties: Array<{ kind: string; uscc: string | null }> }>; directoryFirmsByUscc: Array<{ sampleCode: boolean; cooperationCount: number }> }>(
      `{ directoryProjectsById(ids: ["${answer.data!.yangtzeAnswerDemand.answer.projectId}"]) { status parties { kind uscc } } directoryFirmsByUscc(usccs: ["${firm.uscc}"]) { sampleCode cooperationCount } }`,
    );
    expect(data!.directoryProjectsById[0]).toMatchObject({ status: 'INTENT' });
    expect(data!.directoryProjectsById[0]!.parties.filter((p) => p.kind === 'FIRM')).toEqual([{ kind: 'FIRM', uscc: firm.uscc }]);
    expect(data!.directoryFirmsByUscc).toEqual([{ sampleCode: false, cooperationCount: 1 }]);

    const own = await subgraph.query(ANSWER, { input: { ...input, idempotencyKey: 'answer-0002', zoneKey: 'shanghai-zhangjiang', firm: null } }, { as: zhangjiang });
    expect(own.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'OWN_DEMAND' });
    const badCode = await subgraph.query(ANSWER, { input: { ...input, idempotencyKey: 'answer-0003', firm: { ...firm, uscc: `${firm.uscc.slice(0, 17)}0` === firm.uscc ? `${firm.uscc.slice(0, 17)}1` : `${firm.uscc.slice(0, 17)}0` } } }, { as: donghu });
    expect(badCode.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.firm.uscc', reason: 'INVALID_USCC' });
  });

  it('records the projects a conference docked and signed, for the zone that hosted it', async () => {
    const firm = { uscc: sampleUscc('上海测试智能装备有限公司', '310115'), name: '上海测试智能装备有限公司', areaCode: '310115' };
    const input = {
      idempotencyKey: 'conference-0001',
      eventKey: 'first-industry-cooperation-matchmaking-shanghai',
      zoneKey: 'shanghai-zhangjiang',
      projects: [
        { title: '智能装备联合研发', outcome: 'SIGNED', chainCode: 'HIGH_END_EQUIPMENT', amount: { value: 1.5, unit: '亿元' }, parties: [firm] },
        { title: '机器人应用示范', outcome: 'DOCKED', parties: [firm] },
      ],
    };
    const result = await subgraph.query<{ yangtzeRecordConferenceProjects: { signedCount: number; projects: Array<{ amount: { yuan: number } | null }> } }>(RECORD, { input }, { as: zhangjiang });
    expect(result.errors).toBeUndefined();
    expect(result.data!.yangtzeRecordConferenceProjects.signedCount).toBe(1);
    expect(result.data!.yangtzeRecordConferenceProjects.projects.map((p) => p.amount?.yuan ?? null)).toEqual([150_000_000, null]);
    const wuhan = await subgraph.query(RECORD, { input: { ...input, idempotencyKey: 'conference-0002', zoneKey: 'wuhan-donghu' } }, { as: donghu });
    expect(codeOf(wuhan)).toBe('FORBIDDEN');
    const negative = await subgraph.query(RECORD, { input: { ...input, idempotencyKey: 'conference-0003', projects: [{ ...input.projects[0], amount: { value: -1, unit: '万元' } }] } }, { as: zhangjiang });
    expect(negative.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.projects[0].amount.value' });
    const { data } = await subgraph.query<{ yangtze: { conferenceProjects: unknown[] } }>('{ yangtze { conferenceProjects { key } } }');
    expect(data!.yangtze.conferenceProjects).toHaveLength(2);
  });
});
