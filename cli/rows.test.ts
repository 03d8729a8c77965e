import { describe, expect, it } from 'vitest';
import { prepareOperation } from './operation';
import { parseReport } from './report-definition';
import { rowShape, shapePage, type RowShape } from './rows';

function shapeOf(source: string): RowShape | string[] {
  const parsed = parseReport('test', 'test.graphql', source);
  if ('errors' in parsed) return parsed.errors;
  const prepared = prepareOperation(parsed.report);
  if ('errors' in prepared) return prepared.errors;
  const shaped = rowShape(parsed.report, prepared.operation);
  return 'errors' in shaped ? shaped.errors : shaped.shape;
}

function shape(source: string): RowShape {
  const result = shapeOf(source);
  if (Array.isArray(result)) throw new Error(result.join('\n'));
  return result;
}

const SCORECARD = `# @rows zhejiang.pairings
# @column projectCount = count(projects.key)
# @column amountYuan = sum(projects.cooperationProject.amount.yuan)
# @hide projects.cooperationProject
query { zhejiang { pairings { key name projects { key cooperationProject { amount { yuan } } } assessments { resultText } } } }`;

const data = {
  zhejiang: {
    pairings: [
      {
        key: 'yiwu-liandu',
        name: '义乌市—莲都区',
        projects: [
          { key: 'huanlong', cooperationProject: { amount: { yuan: 1_500_000_000 } } },
          { key: 'huatong', cooperationProject: { amount: null } },
        ],
        assessments: [{ resultText: '2023年度考核评价全部及格' }],
      },
      { key: 'deqing-jinyun', name: '德清县—缙云县', projects: [], assessments: [] },
    ],
  },
};

describe('rows of a page', () => {
  it('flattens each row: dotted columns, lists kept as lists, computed columns last, hidden ones out', () => {
    const s = shape(SCORECARD);
    expect(s.columns).toEqual(['key', 'name', 'projects.key', 'assessments.resultText', 'projectCount', 'amountYuan']);
    expect(shapePage(data, s)).toEqual({
      items: 2,
      rows: [
        { key: 'yiwu-liandu', name: '义乌市—莲都区', 'projects.key': ['huanlong', 'huatong'], 'assessments.resultText': ['2023年度考核评价全部及格'], projectCount: 2, amountYuan: 1_500_000_000 },
        { key: 'deqing-jinyun', name: '德清县—缙云县', 'projects.key': [], 'assessments.resultText': [], projectCount: 0, amountYuan: 0 },
      ],
    });
  });

  it('explodes and filters: one row per open demand, with its zone', () => {
    const s = shape(`# @rows yangtze.zones
# @explode channel.posts
# @where channel.posts.status = OPEN
{ yangtze { zones { name channel { posts(kind: "DEMAND") { title status } } } } }`);
    const page = {
      yangtze: {
        zones: [
          { name: '合肥高新区', channel: { posts: [{ title: '寻找电池回收伙伴', status: 'OPEN' }, { title: '已对接', status: 'CLOSED' }] } },
          { name: '南京高新区', channel: { posts: [] } },
        ],
      },
    };
    expect(shapePage(page, s)).toEqual({ items: 2, rows: [{ name: '合肥高新区', 'channel.posts.title': '寻找电池回收伙伴', 'channel.posts.status': 'OPEN' }] });
  });

  it('checks the header\'s paths against the selection', () => {
    expect(shapeOf('# @rows a.rows\n# @hide nope\n# @column key = count(x.y)\n{ a { rows { key } } }')).toEqual([
      'test.graphql: @hide nope: no selected column has that path',
      'test.graphql: @column key: a selected column has that name',
      'test.graphql: x.y: not a path the report\'s rows select',
    ]);
  });
});
