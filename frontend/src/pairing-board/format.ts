/** How the board writes the schema's values for people: stages, project kinds and amounts in Chinese. */

/** A project's stages in their order (the schema's `stage`), with the board's label for each. */
export const STAGES = [
  ['PLANNED', '谋划'],
  ['INTENT', '意向'],
  ['NEGOTIATING', '洽谈'],
  ['SIGNED', '签约'],
  ['IN_PROGRESS', '推进'],
  ['OPERATING', '投运'],
  ['COMPLETED', '完成'],
] as const;

const KINDS: Record<string, string> = {
  'production-base': '生产基地',
  'plant-relocation': '产能转移',
  'supply-chain-matching': '供应链对接',
  'matchmaking-meeting': '对接会',
  'fund-investment': '基金投资',
  'enterprise-exchange': '企业交流',
  'contest-roadshow': '大赛路演',
  'supplier-test': '供应商测试',
};

/** The stage's position (0-based) and label; an unknown stage is shown as it is, with no position. */
export function stageOf(stage: string): { index: number; label: string } {
  const index = STAGES.findIndex(([key]) => key === stage);
  return { index, label: index >= 0 ? STAGES[index]![1] : stage };
}

export const kindLabel = (kind: string) => KINDS[kind] ?? kind;

const trim = (n: number) => String(Number(n.toFixed(2)));

/** An amount in yuan as people write it: 亿元 from a hundred million, 万元 from ten thousand. */
export function yuanText(yuan: number): string {
  if (Math.abs(yuan) >= 1e8) return `${trim(yuan / 1e8)} 亿元`;
  if (Math.abs(yuan) >= 1e4) return `${trim(yuan / 1e4)} 万元`;
  return `${trim(yuan)} 元`;
}
