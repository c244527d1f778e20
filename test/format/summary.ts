import type { AgreementSummary } from '../../src/format/list/types.js';

/** One agreement's summary as `list` and `report` receive it: the AMF framework in force, with overrides. */
export function summary(overrides: Partial<AgreementSummary> = {}): AgreementSummary {
  return {
    id: 'amf-2016',
    title: 'Accord cadre AMF',
    kind: 'framework',
    level: 'national',
    parties: ['amf', 'pole-emploi'],
    signed: '2016-11-16',
    effective: '2016-11-16',
    status: 'in-force',
    end: '2027-11-15',
    next_renewal: '2027-11-16',
    notice_deadline: '2027-09-15',
    file: 'agreements/national/amf.yaml',
    ...overrides,
  };
}
