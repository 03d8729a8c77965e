import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleUscc } from '../../../../schema/contract/uscc';
import type { Identity } from '../../../kit/auth/identity';
import { startTestSubgraph, type TestSubgraph } from '../../../kit/testing';
import { tianjin } from '../region';

const ALLIANCE = 'new-energy-battery-talent-alliance';
const xiqingDistrict: Identity = { role: 'editor', subject: 'editor-xiqing', region: 'tianjin', unit: { kind: 'county', key: '120111' } };
const batteryAlliance: Identity = { role: 'editor', subject: 'editor-battery', region: 'tianjin', unit: { kind: 'alliance', key: ALLIANCE } };
const otherAlliance: Identity = { role: 'editor', subject: 'editor-shuangtan', region: 'tianjin', unit: { kind: 'alliance', key: 'shuangtan-alliance' } };

const APPLY = 'mutation($input: TianjinApplyToAllianceInput!) { tianjinApplyToAlliance(input: $input) { replayed application { key status } membership { key } } }';
const REVIEW = 'mutation($input: TianjinReviewApplicationInput!) { tianjinReviewApplication(input: $input) { replayed application { key status decisionReason } membership { key alliance { key } } } }';
const NEED = 'mutation($input: TianjinPostNeedInput!) { tianjinPostNeed(input: $input) { replayed need { key status sought } } }';
const COOPERATE = 'mutation($input: TianjinRecordCooperationInput!) { tianjinRecordCooperation(input: $input) { replayed cooperation { key projectId directoryStatus amount { yuan } need { status } } } }';

const applicant = { uscc: sampleUscc('天津测试电池材料有限公司', '120111'), name: '天津测试电池材料有限公司', areaCode: '120111' };
const codeOf = (result: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => result.errors?.[0]?.extensions;

describe('tianjin writes', () => {
  let subgraph: TestSubgraph;
  beforeAll(async () => {
    subgraph = await startTestSubgraph(tianjin);
  });
  afterAll(() => subgraph?.close());

  let applicationKey: string;

  it('files a firm\'s application through its district, once however often it is retried', async () => {
    const input = { idempotencyKey: 'apply-0001', allianceKey: ALLIANCE, applicant, chainCode: 'POWER_BATTERY', statement: '正极材料研发与生产', submitted: '2024-03-01' };
    const results = await Promise.all([1, 2, 3].map(() => subgraph.query<{ tianjinApplyToAlliance: { replayed: boolean; application: { key: string; status: string } } }>(APPLY, { input }, { as: xiqingDistrict })));
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined, undefined]);
    expect(results.filter((r) => !r.data!.tianjinApplyToAlliance.replayed)).toHaveLength(1);
    expect(new Set(results.map((r) => r.data!.tianjinApplyToAlliance.application.key)).size).toBe(1);
    applicationKey = results[0]!.data!.tianjinApplyToAlliance.application.key;
    const { data } = await subgraph.query<{ tianjin: { membershipApplications: Array<{ key: string }> }; directoryFirmsByUscc: Array<{ sampleCode: boolean }> }>(
      `{ tianjin { membershipApplications(status: "under-review") { key } } directoryFirmsByUscc(usccs: ["${applicant.uscc}"]) { sampleCode } }`,
    );
    expect(data!.tianjin.membershipApplications.filter((a) => a.key === applicationKey)).toHaveLength(1);
    expect(data!.directoryFirmsByUscc).toEqual([{ sampleCode: false }]);
  });

  it('refuses an application for a firm outside the editor\'s district, and a second one while the first is pending', async () => {
    const outside = { ...applicant, uscc: sampleUscc('天津别区测试有限公司', '120116'), name: '天津别区测试有限公司', areaCode: '120116' };
    const input = { idempotencyKey: 'apply-0002', allianceKey: ALLIANCE, applicant: outside, chainCode: 'POWER_BATTERY', statement: '测试', submitted: '2024-03-01' };
    expect(codeOf(await subgraph.query(APPLY, { input }, { as: xiqingDistrict }))).toMatchObject({ code: 'FORBIDDEN' });
    const again = { ...input, idempotencyKey: 'apply-0003', applicant };
    expect(codeOf(await subgraph.query(APPLY, { input: again }, { as: xiqingDistrict }))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'APPLICATION_PENDING' });
  });

  it('lets only the alliance\'s own editor decide, and a rejection needs a reason', async () => {
    const input = { idempotencyKey: 'review-0001', applicationKey, decision: 'APPROVE', reviewed: '2024-03-15' };
    expect(codeOf(await subgraph.query(REVIEW, { input }, { as: otherAlliance }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(codeOf(await subgraph.query(REVIEW, { input: { ...input, idempotencyKey: 'review-0002', decision: 'REJECT' } }, { as: batteryAlliance }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.reason',
    });
    const approved = await subgraph.query<{ tianjinReviewApplication: { application: { status: string }; membership: { alliance: { key: string } } } }>(REVIEW, { input }, { as: batteryAlliance });
    expect(approved.errors).toBeUndefined();
    expect(approved.data!.tianjinReviewApplication).toMatchObject({ application: { status: 'approved' }, membership: { alliance: { key: ALLIANCE } } });
    const twice = await subgraph.query(REVIEW, { input: { ...input, idempotencyKey: 'review-0003', decision: 'REJECT', reason: '重复' } }, { as: batteryAlliance });
    expect(codeOf(twice)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ALREADY_REVIEWED' });
    const { data } = await subgraph.query<{ directoryScopes: Array<{ memberUsccs: string[] }> }>(`{ directoryScopes(ids: ["tianjin:alliance:${ALLIANCE}"]) { memberUsccs } }`);
    expect(data!.directoryScopes[0]!.memberUsccs).toContain(applicant.uscc);
  });

  let needKey: string;

  it('posts a member\'s need and states its link as the alliance\'s gap; the contact is not public', async () => {
    const input = { idempotencyKey: 'need-0001', allianceKey: ALLIANCE, seekerUscc: applicant.uscc, kind: 'partner', sought: '寻找电池包结构设计合作伙伴', chainCode: 'POWER_BATTERY', linkCode: 'DESIGN', posted: '2024-04-01', contact: { name: '李工', phone: '022-2345 6789' } };
    const posted = await subgraph.query<{ tianjinPostNeed: { need: { key: string; status: string } } }>(NEED, { input }, { as: batteryAlliance });
    expect(posted.errors).toBeUndefined();
    needKey = posted.data!.tianjinPostNeed.need.key;
    expect(codeOf(await subgraph.query(`{ tianjin { needs { key contact { phone } } } }`))).toMatchObject({ code: 'UNAUTHENTICATED' });
    const { data } = await subgraph.query<{ directoryScopes: Array<{ statedGaps: Array<{ linkCode: string }> }> }>(`{ directoryScopes(ids: ["tianjin:alliance:${ALLIANCE}"]) { statedGaps { linkCode } } }`);
    expect(data!.directoryScopes[0]!.statedGaps.map((g) => g.linkCode)).toContain('DESIGN');
    const stranger = { ...input, idempotencyKey: 'need-0002', seekerUscc: sampleUscc('天津非成员有限公司', '120111') };
    expect(codeOf(await subgraph.query(NEED, { input: stranger }, { as: batteryAlliance }))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_A_MEMBER' });
    expect(codeOf(await subgraph.query(NEED, { input: { ...input, idempotencyKey: 'need-0003' } }, { as: otherAlliance }))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('records a cooperation that answers the need: a directory project, and the need matched', async () => {
    const partner = { uscc: sampleUscc('苏州测试设计院有限公司', '320505'), name: '苏州测试设计院有限公司', areaCode: '320505' };
    const input = {
      idempotencyKey: 'cooperation-0001',
      allianceKey: ALLIANCE,
      parties: [applicant, partner],
      kind: 'business-cooperation',
      status: 'SIGNED',
      scope: '电池包结构设计',
      chainCode: 'POWER_BATTERY',
      amount: { value: 300, unit: '万元' },
      date: '2024-06-18',
      needKey,
    };
    const result = await subgraph.query<{ tianjinRecordCooperation: { cooperation: { projectId: string; amount: { yuan: number }; need: { status: string } } } }>(COOPERATE, { input }, { as: batteryAlliance });
    expect(result.errors).toBeUndefined();
    expect(result.data!.tianjinRecordCooperation.cooperation).toMatchObject({ amount: { yuan: 3_000_000 }, need: { status: 'matched' } });
    const { data } = await subgraph.query<{ directoryProjectsById: Array<{ status: string; amountYuan: number; dateKey: string }> }>(
      `{ directoryProjectsById(ids: ["${result.data!.tianjinRecordCooperation.cooperation.projectId}"]) { status amountYuan dateKey } }`,
    );
    expect(data!.directoryProjectsById).toEqual([{ status: 'SIGNED', amountYuan: 3_000_000, dateKey: '2024-06-18' }]);
    const strangers = { ...input, idempotencyKey: 'cooperation-0002', needKey: null, parties: [partner, { ...partner, uscc: sampleUscc('无锡测试有限公司', '320200'), name: '无锡测试有限公司', areaCode: '320200' }] };
    expect(codeOf(await subgraph.query(COOPERATE, { input: strangers }, { as: batteryAlliance }))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NO_MEMBER_PARTY' });
  });
});
