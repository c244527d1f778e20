import { describe, expect, it } from 'vitest';
import { tableFormat } from '../../../src/format/due/table.js';
import { joined } from '../pieces.js';
import { context, events } from './events.js';
import { fr } from '../../say.js';

describe('the due table', () => {
  it('is in English by default', () => {
    expect(joined(tableFormat(events, context))).toBe(
      ['DATE        IN     EVENT            ID        TITLE', '2026-11-22  today  review           amf-2016  Accord cadre', '2027-09-15  297 d  notice-deadline  amf-2016  Accord cadre', ''].join('\n'),
    );
    expect(joined(tableFormat([], context))).toBe('Nothing due between 2026-11-22 and 2027-11-22.\n');
  });

  it('has French headings and days, and events in words', () => {
    expect(joined(tableFormat(events, { ...context, say: fr }))).toBe(
      [
        'DATE        DANS         ÉVÉNEMENT               ID        TITRE',
        '2026-11-22  aujourd’hui  réexamen                amf-2016  Accord cadre',
        '2027-09-15  297 j        date limite de préavis  amf-2016  Accord cadre',
        '',
      ].join('\n'),
    );
    expect(joined(tableFormat([], { ...context, say: fr }))).toBe('Aucune échéance entre le 22 novembre 2026 et le 22 novembre 2027.\n');
  });
});
