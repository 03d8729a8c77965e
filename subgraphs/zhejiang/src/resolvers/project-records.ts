/**
 * A new pairing project as Zhejiang stores it, and its directory rows: written the same way by a
 * single registration (zhejiangRegisterProject) and by an imported row (zhejiangImportProjects).
 */
import type { EntityManager } from '@mikro-orm/knex';
import type { CanonicalChain } from '../../../../schema/contract/chains';
import type { StatedAmount, StatedDate } from '../../../../schema/contract/source';
import type { DirectoryFirm } from '../../../kit/directory/entities';
import type { Provenance, ReportedDate, StatedFigure } from '../../../kit/value-types';
import { recordDirectoryProject } from '../../../kit/writes/directory';
import * as E from '../entities';

export interface NewProject {
  key: string;
  kind: string;
  name: string;
  summary: string;
  hostAreaCode: string;
  chain: CanonicalChain | null;
  stage: string;
  headline?: { stated: StatedAmount; figure: StatedFigure } | undefined;
  milestone: { event: string; date: StatedDate; reported: ReportedDate };
  pairingKey: string;
  provenance: Provenance;
}

export function createProject(em: EntityManager, p: NewProject): E.Project {
  return em.create(E.Project, {
    key: p.key,
    kind: p.kind,
    name: p.name,
    summary: p.summary,
    hostAreaCode: p.hostAreaCode,
    localChainName: p.chain?.nameZh ?? null,
    chainCode: p.chain?.code ?? null,
    localLinkNames: [],
    products: [],
    stage: p.stage,
    unnamedParticipants: [],
    milestones: [{ event: p.milestone.event, date: p.milestone.reported }],
    figures: p.headline ? [p.headline.figure] : [],
    outcomes: [],
    pairingKey: p.pairingKey,
    orgKeys: [],
    personKeys: [],
    provenance: p.provenance,
  });
}

/** The project in the directory: its two counties and its firms as parties, each firm counted once more. */
export function recordProjectInDirectory(em: EntityManager, p: NewProject, counties: readonly E.County[], firms: ReadonlyArray<{ name: string; uscc: string; areaCode: string }>, directoryFirms: readonly DirectoryFirm[], source: string): void {
  recordDirectoryProject(
    em,
    'zhejiang',
    {
      kind: 'project',
      nativeKey: p.key,
      originalTitle: p.name,
      localChainName: p.chain?.nameZh ?? null,
      status: p.stage,
      amount: p.headline?.stated ?? null,
      amountKind: p.headline ? 'investment' : null,
      date: p.milestone.date,
      areaCode: p.hostAreaCode,
      source,
      parties: [
        ...counties.map((c) => ({ kind: 'COUNTY', name: c.name, areaCode: c.areaCode, role: c.kind === 'industrial' ? '工业大县' : '山区县' })),
        ...firms.map((f) => ({ kind: 'FIRM', name: f.name, uscc: f.uscc, areaCode: f.areaCode })),
      ],
    },
    directoryFirms,
  );
}
