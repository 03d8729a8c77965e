/**
 * Tianjin region: expert advisers of the new-energy battery talent alliance (5 academicians engaged as
 * 聯盟特聘專家) and the Nankai University academician team of 陳軍 that Nankai District works with.
 * People themselves are in people.ts (personKey).
 */
import type { ExpertAdviser } from './types';

const S003 = '003_48eb89cb07fefa6e.txt' as const;

const BATTERY = 'new-energy-battery-talent-alliance';
const ACADEMICIANS = '聯盟聘請王中林、成會明、孫立成、張澤、李燦等5 名院士作為聯盟特聘專家';

const academician = (key: string, personKey: string): ExpertAdviser => ({
  key,
  kind: 'academician',
  personKey,
  titleStated: '院士',
  roleStated: '聯盟特聘專家',
  allianceKey: BATTERY,
  source: S003,
  evidence: ACADEMICIANS,
});

export const expertAdvisers: readonly ExpertAdviser[] = [
  academician('battery-expert--wang-zhonglin', 'wang-zhonglin'),
  academician('battery-expert--cheng-huiming', 'cheng-huiming'),
  academician('battery-expert--sun-licheng', 'sun-licheng'),
  academician('battery-expert--zhang-ze', 'zhang-ze'),
  academician('battery-expert--li-can', 'li-can'),
  {
    key: 'chen-jun-team',
    kind: 'academician-team',
    personKey: 'chen-jun',
    titleStated: '院士',
    roleStated: '南開大學陳軍院士團隊',
    allianceKey: BATTERY,
    affiliation: { kind: 'organisation', key: 'nankai-university' },
    cooperatesWith: [
      { kind: 'organisation', key: 'nankai-district' },
      { kind: 'alliance', key: BATTERY },
    ],
    source: S003,
    evidence: '南開區堅決落實市委、市政府決策部署,與南開大學陳軍院士團隊及聯盟各成員單位務實合作',
  },
];
