/**
 * Issue 23, who changed what and how fresh: a Zhejiang county editor registers a project and moves
 * it on through the gateway; an analyst then finds both writes in Zhejiang's change history (who,
 * when, the fields before and after, the mutation) by record, by author and by time, page by page;
 * an anonymous caller and an editor cannot read it; Zhejiang's freshness moves with the write and is
 * shown beside a cross-region list.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { data, graphql, startTestSystem, type TestSystem } from '../../support/system';
import { TEST_AUTH_ENV, analystToken, bearer, editorToken } from '../../support/tokens';

const EDITOR = 'editor-suichang-history';

const REGISTER = `mutation($input: ZhejiangRegisterProjectInput!) { zhejiangRegisterProject(input: $input) { project { key } } }`;
const PROGRESS = `mutation($input: ZhejiangUpdateProjectProgressInput!) { zhejiangUpdateProjectProgress(input: $input) { project { key stage } } }`;
const CHANGE = 'id changedAt author { subject role } recordType recordKey action fields { name before after } source { kind field file sheet row }';
const HISTORY = `query($filter: ChangeHistoryFilter, $first: Int, $after: String) {
  zhejiang { changeHistory(filter: $filter, first: $first, after: $after) { nodes { ${CHANGE} } pageInfo { hasNextPage endCursor } } }
}`;
const FRESHNESS = '{ zhejiang { freshness { kind lastChangedAt } } }';

interface Change {
  id: string;
  changedAt: string;
  author: { subject: string | null; role: string };
  recordType: string;
  recordKey: string;
  action: string;
  fields: Array<{ name: string; before: string | null; after: string | null }>;
  source: { kind: string; field: string | null; file: string | null; sheet: string | null; row: number | null };
}
type History = { zhejiang: { changeHistory: { nodes: Change[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } };

describe('the change history and freshness through the gateway', () => {
  let system: TestSystem;
  let analyst: Record<string, string>;
  let projectKey: string;
  let startedAt: string;
  let freshBefore: string;

  beforeAll(async () => {
    system = await startTestSystem(TEST_AUTH_ENV);
    analyst = bearer(await analystToken());
    const before = await data<{ zhejiang: { freshness: Array<{ kind: string; lastChangedAt: string }> } }>(system.gatewayUrl, FRESHNESS);
    freshBefore = before.zhejiang.freshness.find((f) => f.kind === 'ZhejiangProject')!.lastChangedAt;
    startedAt = new Date().toISOString();
    const editor = bearer(await editorToken('zhejiang', 'county:suichang', EDITOR));
    const registered = await data<{ zhejiangRegisterProject: { project: { key: string } } }>(system.gatewayUrl, REGISTER, {
      input: {
        idempotencyKey: 'history-register-0001',
        pairingKey: 'nanhu-suichang',
        kind: 'plant-relocation',
        name: '变更记录测试新厂',
        summary: '南湖企业在遂昌新建工厂',
        hostAreaCode: '331123',
        chainCode: 'CHEMICALS',
        stage: 'SIGNED',
        amount: { value: 2, unit: '亿元' },
        milestone: { event: '签约', date: '2024-08-15' },
        firms: [],
      },
    }, editor);
    projectKey = registered.zhejiangRegisterProject.project.key;
    await data(system.gatewayUrl, PROGRESS, { input: { idempotencyKey: 'history-progress-0001', projectKey, stage: 'IN_PROGRESS', milestone: { event: '开工', date: '2024-10-01' } } }, editor);
  }, 240_000);

  afterAll(async () => {
    await system?.stopAll();
  });

  it('shows who wrote which record when, with the fields before and after and the mutation', async () => {
    const { zhejiang } = await data<History>(system.gatewayUrl, HISTORY, { filter: { recordType: 'ZhejiangProject', recordKey: projectKey } }, analyst);
    const [updated, created] = zhejiang.changeHistory.nodes;
    expect(zhejiang.changeHistory.nodes).toHaveLength(2);
    expect(created).toMatchObject({
      author: { subject: EDITOR, role: 'editor' },
      recordType: 'ZhejiangProject',
      recordKey: projectKey,
      action: 'CREATE',
      source: { kind: 'mutation', field: 'zhejiangRegisterProject', file: null, sheet: null, row: null },
    });
    expect(created!.fields).toEqual(expect.arrayContaining([
      { name: 'stage', before: null, after: '"SIGNED"' },
      { name: 'name', before: null, after: '"变更记录测试新厂"' },
      { name: 'pairingKey', before: null, after: '"nanhu-suichang"' },
    ]));
    expect(updated).toMatchObject({ action: 'UPDATE', author: { subject: EDITOR, role: 'editor' }, source: { kind: 'mutation', field: 'zhejiangUpdateProjectProgress' } });
    expect(updated!.fields.find((f) => f.name === 'stage')).toEqual({ name: 'stage', before: '"SIGNED"', after: '"IN_PROGRESS"' });
    const milestones = updated!.fields.find((f) => f.name === 'milestones')!;
    expect(JSON.parse(milestones.before!)).toHaveLength(1);
    expect(JSON.parse(milestones.after!)).toHaveLength(2);
    expect(updated!.fields.map((f) => f.name)).not.toContain('name');
    expect(Date.parse(created!.changedAt)).toBeGreaterThanOrEqual(Date.parse(startedAt) - 1000);
    expect(Date.parse(updated!.changedAt)).toBeGreaterThanOrEqual(Date.parse(created!.changedAt));
    // The project firm link and directory rows are not records of their own here: only the project.
    const all = await data<History>(system.gatewayUrl, HISTORY, { filter: { author: EDITOR } }, analyst);
    expect(new Set(all.zhejiang.changeHistory.nodes.map((n) => n.recordType))).toEqual(new Set(['ZhejiangProject']));
  });

  it('is on the record itself, newest first', async () => {
    const { zhejiang } = await data<{ zhejiang: { projects: Array<{ key: string; changes: Change[] }> } }>(
      system.gatewayUrl,
      `{ zhejiang { projects(pairingKey: "nanhu-suichang") { key changes(first: 5) { ${CHANGE} } } } }`,
      {},
      analyst,
    );
    const project = zhejiang.projects.find((p) => p.key === projectKey)!;
    expect(project.changes.map((c) => c.action)).toEqual(['UPDATE', 'CREATE']);
    expect(zhejiang.projects.filter((p) => p.key !== projectKey).every((p) => p.changes.length === 0)).toBe(true);
  });

  it('filters by time range and author, and pages newest first', async () => {
    const byTime = async (since?: string, until?: string) =>
      (await data<History>(system.gatewayUrl, HISTORY, { filter: { recordType: 'ZhejiangProject', since, until } }, analyst)).zhejiang.changeHistory.nodes.map((n) => n.action);
    expect(await byTime(startedAt)).toEqual(['UPDATE', 'CREATE']);
    expect(await byTime(undefined, startedAt)).toEqual([]);
    expect(await byTime('2000-01-01', '2000-01-02')).toEqual([]);
    const byAuthor = async (author: string) => (await data<History>(system.gatewayUrl, HISTORY, { filter: { author } }, analyst)).zhejiang.changeHistory.nodes.length;
    expect(await byAuthor(EDITOR)).toBe(2);
    expect(await byAuthor('someone-else')).toBe(0);

    const first = await data<History>(system.gatewayUrl, HISTORY, { filter: { author: EDITOR }, first: 1 }, analyst);
    expect(first.zhejiang.changeHistory.nodes.map((n) => n.action)).toEqual(['UPDATE']);
    expect(first.zhejiang.changeHistory.pageInfo.hasNextPage).toBe(true);
    const second = await data<History>(system.gatewayUrl, HISTORY, { filter: { author: EDITOR }, first: 1, after: first.zhejiang.changeHistory.pageInfo.endCursor }, analyst);
    expect(second.zhejiang.changeHistory.nodes.map((n) => n.action)).toEqual(['CREATE']);
    expect(second.zhejiang.changeHistory.pageInfo.hasNextPage).toBe(false);

    // Every mistake at once, as any input.
    const bad = await graphql(system.gatewayUrl, HISTORY, { filter: { since: 'yesterday', recordKey: projectKey } }, analyst);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((bad.errors?.[0]?.extensions?.fields as Array<{ field: string }>).map((f) => f.field).sort()).toEqual(['filter.recordKey', 'filter.since']);
  });

  it('is not readable by an anonymous caller, nor by an editor', async () => {
    const anonymous = await graphql<History>(system.gatewayUrl, HISTORY, { filter: { author: EDITOR } });
    expect(anonymous.data?.zhejiang?.changeHistory ?? null).toBeNull();
    expect(anonymous.errors?.map((e) => e.extensions?.code)).toContain('UNAUTHENTICATED');
    expect(JSON.stringify(anonymous)).not.toContain(projectKey);
    const onRecord = await graphql(system.gatewayUrl, '{ zhejiang { projects(pairingKey: "nanhu-suichang") { key changes { id } } } }');
    expect(JSON.stringify(onRecord.data)).not.toContain('"changes":[{');
    expect(onRecord.errors?.length).toBeGreaterThan(0);
    const editor = await graphql<History>(system.gatewayUrl, HISTORY, {}, bearer(await editorToken('zhejiang', 'county:suichang', EDITOR)));
    expect(editor.data?.zhejiang?.changeHistory ?? null).toBeNull();
    expect(editor.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
  });

  it('moves Zhejiang\'s freshness with the write and shows every region\'s beside a cross-region list', async () => {
    const after = await data<{ zhejiang: { freshness: Array<{ kind: string; lastChangedAt: string }> } }>(system.gatewayUrl, FRESHNESS);
    const project = after.zhejiang.freshness.find((f) => f.kind === 'ZhejiangProject')!;
    expect(Date.parse(project.lastChangedAt)).toBeGreaterThan(Date.parse(freshBefore));
    expect(Date.parse(project.lastChangedAt)).toBeGreaterThanOrEqual(Date.parse(startedAt) - 1000);
    expect(after.zhejiang.freshness[0]).toEqual(project);

    const { cooperationProjects } = await data<{ cooperationProjects: { nodes: Array<{ id: string }>; pageInfo: { missingRegions: string[]; freshness: Array<{ region: string; kind: string; lastChangedAt: string }> } } }>(
      system.gatewayUrl,
      '{ cooperationProjects(first: 5) { nodes { id } pageInfo { missingRegions freshness { region kind lastChangedAt } } } }',
    );
    const { freshness } = cooperationProjects.pageInfo;
    expect(new Set(freshness.map((f) => f.region))).toEqual(new Set(['TIANJIN', 'YANGTZE', 'ZHEJIANG']));
    expect(freshness).toContainEqual({ region: 'ZHEJIANG', kind: 'ZhejiangProject', lastChangedAt: project.lastChangedAt });
  });
});
