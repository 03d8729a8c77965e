import { describe, expect, it } from 'vitest';
import { parseReport } from './report-definition';

const source = `# 浙江结对成绩单 — the Zhejiang pairing scorecard,
# per pairing.
# @rows zhejiang.pairings
# @explode projects
# @column amountYuan = sum(projects.cooperationProject.amount.yuan)
# @where count(projects.key) > 0
# @hide projects.cooperationProject
# @chart heatmap title="项目 — projects" x=region y=chain.nameZh measure=count()
# @chart bar title="金额 — amounts" category=name color=region measure=sum(amountYuan) measureTitle="金额（元）"

# a comment after the header is not part of it
query Q { zhejiang { pairings { key } } }
`;

describe('report header', () => {
  it('reads the description and every directive', () => {
    const parsed = parseReport('scorecard', 'scorecard.graphql', source);
    if (!('report' in parsed)) throw new Error(parsed.errors.join('\n'));
    const { report } = parsed;
    expect(report.description).toBe('浙江结对成绩单 — the Zhejiang pairing scorecard, per pairing.');
    expect(report.rows).toBe('zhejiang.pairings');
    expect(report.explode).toBe('projects');
    expect(report.computed).toEqual([{ name: 'amountYuan', expression: { fn: 'sum', path: 'projects.cooperationProject.amount.yuan' } }]);
    expect(report.where).toEqual([{ expression: { fn: 'count', path: 'projects.key' }, comparator: '>', literal: 0 }]);
    expect(report.hide).toEqual(['projects.cooperationProject']);
    expect(report.charts).toEqual([
      { kind: 'heatmap', title: '项目 — projects', x: 'region', y: 'chain.nameZh', measure: { fn: 'count' }, measureTitle: null },
      { kind: 'bar', title: '金额 — amounts', category: 'name', color: 'region', measure: { fn: 'sum', column: 'amountYuan' }, measureTitle: '金额（元）' },
    ]);
  });

  it('names the line of every mistake', () => {
    const parsed = parseReport('bad', 'bad.graphql', '# @rows a b\n# @rows c\n# @chart pie title="x" measure=count()\n# @chart bar title="x" measure=avg(a) category=b\n# @frobnicate\nquery { a }');
    expect(parsed).toEqual({
      errors: [
        'bad.graphql:1: @rows needs a dotted path of response keys, got "a b"',
        'bad.graphql:2: @rows is declared twice',
        'bad.graphql:3: unknown chart kind "pie"; use heatmap or bar',
        'bad.graphql:4: measure=avg(a) is neither count() nor sum(column)',
        'bad.graphql:5: unknown directive @frobnicate; use @rows, @explode, @column, @where, @hide, @chart or @header',
      ],
    });
  });
});
