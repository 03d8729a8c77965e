import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleUscc } from '../../../../schema/contract/uscc';
import type { Identity } from '../../../kit/auth/identity';
import { startTestSubgraph, type TestSubgraph } from '../../../kit/testing';
import { zhejiang } from '../region';

const tiantai: Identity = { role: 'editor', subject: 'editor-tiantai', region: 'zhejiang', unit: { kind: 'county', key: 'tiantai' } };
const jingning: Identity = { role: 'editor', subject: 'editor-jingning', region: 'zhejiang', unit: { kind: 'county', key: 'jingning' } };
const province: Identity = { role: 'editor', subject: 'editor-province', region: 'zhejiang', unit: { kind: 'province', key: '330000' } };
const analyst: Identity = { role: 'analyst', subject: 'analyst-1' };

const REGISTER = 'mutation($input: ZhejiangRegisterProjectInput!) { zhejiangRegisterProject(input: $input) { replayed project { key stage pairing { key } firms { name } milestones { event date { iso } } } } }';
const PROGRESS = 'mutation($input: ZhejiangUpdateProjectProgressInput!) { zhejiangUpdateProjectProgress(input: $input) { replayed project { key stage status milestones { event } } } }';
const ASSESS = 'mutation($input: ZhejiangRecordAssessmentInput!) { zhejiangRecordAssessment(input: $input) { replayed assessment { key assessmentYear allPassed resultText } } }';

const firm = { uscc: sampleUscc('天台测试新材料有限公司', '331023'), name: '天台测试新材料有限公司', areaCode: '331023' };
const project = (key: string, extra: Record<string, unknown> = {}) => ({
  idempotencyKey: key,
  pairingKey: 'tongxiang-tiantai',
  kind: 'production-base',
  name: '产业用纱新基地',
  summary: '桐乡企业在天台建设产业用纱生产基地',
  hostAreaCode: '331023',
  chainCode: 'TEXTILES',
  stage: 'SIGNED',
  amount: { value: 2.5, unit: '亿元' },
  amountMetric: '计划投资',
  milestone: { event: '签约', date: '2024-07-01' },
  firms: [firm],
  ...extra,
});
const errorOf = (result: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => result.errors?.[0]?.extensions;

describe('zhejiang writes', () => {
  let subgraph: TestSubgraph;
  beforeAll(async () => {
    subgraph = await startTestSubgraph(zhejiang);
  });
  afterAll(() => subgraph?.close());

  let projectKey: string;

  it('registers a pairing\'s project with its firm, in the directory and the pairing\'s scope', async () => {
    const result = await subgraph.query<{ zhejiangRegisterProject: { project: { key: string; pairing: { key: string }; firms: Array<{ name: string }> } } }>(REGISTER, { input: project('project-0001') }, { as: tiantai });
    expect(result.errors).toBeUndefined();
    expect(result.data!.zhejiangRegisterProject.project).toMatchObject({ pairing: { key: 'tongxiang-tiantai' }, firms: [{ name: firm.name }] });
    projectKey = result.data!.zhejiangRegisterProject.project.key;
    const { data } = await subgraph.query<{ directoryProjectsById: Array<{ status: string; amountYuan: number; chainCode: string }>; directoryScopes: Array<{ memberUsccs: string[] }> }>(
      `{ directoryProjectsById(ids: ["zhejiang:project:${projectKey}"]) { status amountYuan chainCode } directoryScopes(ids: ["zhejiang:pairing:tongxiang-tiantai"]) { memberUsccs } }`,
    );
    expect(data!.directoryProjectsById).toEqual([{ status: 'SIGNED', amountYuan: 250_000_000, chainCode: 'TEXTILES' }]);
    expect(data!.directoryScopes[0]!.memberUsccs).toContain(firm.uscc);
  });

  it('limits project writes to the pairing\'s counties, and keeps projects in Zhejiang', async () => {
    expect(errorOf(await subgraph.query(REGISTER, { input: project('project-0002') }, { as: jingning }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await subgraph.query(REGISTER, { input: project('project-0003', { hostAreaCode: '120116' }) }, { as: tiantai }))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'OUTSIDE_REGION' });
    expect(errorOf(await subgraph.query(REGISTER, { input: project('project-0004', { hostAreaCode: '339999' }) }, { as: tiantai }))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_AREA_CODE' });
    expect(errorOf(await subgraph.query(REGISTER, { input: project('project-0005', { amount: { value: 1, unit: '美元' } }) }, { as: tiantai }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.amount.unit' });
  });

  it('updates the project\'s progress, natively and in the directory', async () => {
    const input = { idempotencyKey: 'progress-0001', projectKey, stage: 'IN_PROGRESS', milestone: { event: '开工建设', date: '2024-09-10' }, status: '厂房建设中' };
    const result = await subgraph.query<{ zhejiangUpdateProjectProgress: { project: { stage: string; milestones: Array<{ event: string }> } } }>(PROGRESS, { input }, { as: tiantai });
    expect(result.errors).toBeUndefined();
    expect(result.data!.zhejiangUpdateProjectProgress.project.milestones.map((m) => m.event)).toEqual(['签约', '开工建设']);
    const replay = await subgraph.query<typeof result.data>(PROGRESS, { input }, { as: tiantai });
    expect(replay.data!.zhejiangUpdateProjectProgress.project.milestones).toHaveLength(2);
    const { data } = await subgraph.query<{ directoryProjectsById: Array<{ status: string; dateKey: string }> }>(`{ directoryProjectsById(ids: ["zhejiang:project:${projectKey}"]) { status dateKey } }`);
    expect(data!.directoryProjectsById).toEqual([{ status: 'IN_PROGRESS', dateKey: '2024-09-10' }]);
  });

  it('records the province\'s annual assessment, with county results for analysts only', async () => {
    const input = {
      idempotencyKey: 'assessment-2024',
      programmeKey: 'zj-manufacturing-pairing-2023-2025',
      assessmentYear: 2024,
      finding: '结对工作成效明显',
      resultsReceived: '2025-03-01',
      countyResults: [
        { countyKey: 'tongxiang', score: 92.5, grade: '优秀' },
        { countyKey: 'tiantai', score: 88, grade: '良好' },
      ],
    };
    expect(errorOf(await subgraph.query(ASSESS, { input }, { as: tiantai }))).toMatchObject({ code: 'FORBIDDEN' });
    const result = await subgraph.query<{ zhejiangRecordAssessment: { assessment: { allPassed: boolean } } }>(ASSESS, { input }, { as: province });
    expect(result.errors).toBeUndefined();
    expect(result.data!.zhejiangRecordAssessment.assessment.allPassed).toBe(true);
    expect(errorOf(await subgraph.query(ASSESS, { input: { ...input, idempotencyKey: 'assessment-2024-b' } }, { as: province }))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ALREADY_RECORDED' });
    expect(errorOf(await subgraph.query(ASSESS, { input: { ...input, idempotencyKey: 'assessment-2026', assessmentYear: 2026 } }, { as: province }))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'OUTSIDE_PROGRAMME' });
    const query = '{ zhejiang { assessments { assessmentYear countyResults { countyKey score } } } }';
    expect(errorOf(await subgraph.query(query))).toMatchObject({ code: 'UNAUTHENTICATED' });
    const { data } = await subgraph.query<{ zhejiang: { assessments: Array<{ assessmentYear: number; countyResults: unknown[] | null }> } }>(query, {}, { as: analyst });
    expect(data!.zhejiang.assessments.find((a) => a.assessmentYear === 2024)!.countyResults).toEqual([
      { countyKey: 'tongxiang', score: 92.5 },
      { countyKey: 'tiantai', score: 88 },
    ]);
  });
});
