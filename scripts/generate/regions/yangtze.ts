/**
 * The Yangtze alliance's generated rows: firms as the alliance's organisations (its records name a
 * firm's chains, not links), and projects as docked or signed at its matchmaking conferences —
 * written only where the region's schema has conference projects.
 */
import { canonicalChainCode, projectId } from '../../../subgraphs/kit/directory/projection';
import { money, reportedDate } from '../../../subgraphs/kit/value-types';
import { invariant } from '../../../schema/contract/invariant';
import * as E from '../../../subgraphs/yangtze/src/entities';
import { EVENTS } from '../../../subgraphs/yangtze/src/seed/data/events';
import { ZONES } from '../../../subgraphs/yangtze/src/seed/data/zones';
import { addDirectoryFirm, addDirectoryProject, type RegionRows } from '../region-rows';
import { projectKey, projectTitle, statedAmount } from '../records';

const REGION = 'yangtze';

/** Conferences a zone organised: the ones whose projects a zone records. */
const CONFERENCES = EVENTS.filter((e) => e.organiserZoneKeys.length > 0);
invariant(CONFERENCES.length > 0, 'the Yangtze dataset has no conference with an organising zone');

/** The conference's outcome for a project in this status (the region's write maps DOCKED → NEGOTIATING, SIGNED → SIGNED). */
const OUTCOME = (status: string) => (['SIGNED', 'IN_PROGRESS', 'OPERATING', 'COMPLETED'].includes(status) ? { outcome: 'SIGNED', directory: 'SIGNED' } : { outcome: 'DOCKED', directory: 'NEGOTIATING' });

/** The Yangtze rows; projects only when the schema has the conference_project table. */
export function yangtzeRows(conferenceProjects: boolean): RegionRows {
  return {
    region: REGION,
    nativeTables: conferenceProjects ? ['organisation', 'conference_project'] : ['organisation'],
    writesProjects: conferenceProjects,
    firm(ctx, index) {
      const record = ctx.records.get(index);
      const { firm } = record;
      const { row } = addDirectoryFirm(ctx, record, firm.trade, record.chainNames.map((localChainName) => ({ localChainName })));
      ctx.sink.add(E.Organisation, {
        key: record.key,
        uscc: row.uscc,
        name: row.name,
        originalName: record.originalName,
        orgType: 'enterprise',
        areaCode: firm.areaCode,
        areaBasis: 'stated',
        localChainNames: record.chainNames,
        activity: null,
        provenance: { source: ctx.source, evidence: null },
      });
    },
    project(ctx, p) {
      if (!conferenceProjects) return;
      const firms = p.parties.map((i) => ctx.records.get(i));
      const lead = firms[0]!;
      const conference = CONFERENCES[p.anchor % CONFERENCES.length]!;
      const zone = ZONES.find((z) => z.key === conference.organiserZoneKeys[0]);
      invariant(zone, `zone ${conference.organiserZoneKeys[0]} is not in the Yangtze dataset`);
      const key = projectKey(p.index);
      const title = projectTitle(lead.firm, p);
      const amount = p.amountYuan === null ? null : statedAmount(p.amountYuan);
      const { outcome, directory } = OUTCOME(p.status);
      const localChainName = lead.chainNames[0] ?? null;
      const date = conference.date?.year ? conference.date : null;
      ctx.sink.add('ConferenceProject', {
        key,
        eventKey: conference.key,
        title,
        outcome,
        chainCode: localChainName ? canonicalChainCode(localChainName) : null,
        amount: amount ? { ...money(amount) } : null,
        date: conference.date ? { ...reportedDate(conference.date) } : null,
        parties: firms.map((f) => ({ uscc: f.uscc, name: f.firm.name, areaCode: f.firm.areaCode })),
        recordedByZoneKey: zone.key,
        projectId: projectId(REGION, 'conference-project', key),
        provenance: { source: ctx.source, evidence: null },
      });
      addDirectoryProject(ctx, REGION, {
        kind: 'conference-project',
        nativeKey: key,
        originalTitle: title,
        localChainName,
        status: directory,
        amount,
        amountKind: amount ? 'contract' : null,
        date,
        areaCode: conference.areaCode ?? zone.areaCode,
        source: ctx.source,
        parties: firms.map((f) => ({ kind: 'FIRM', name: f.originalName, uscc: f.uscc, areaCode: f.firm.areaCode })),
      });
    },
  };
}
