import { describe, expect, it } from 'vitest';
import { csv } from '../../../src/format/list/csv.js';
import { PLAIN } from '../../../src/format/paint.js';
import { joined } from '../pieces.js';
import { summary } from '../summary.js';
import { en } from '../../say.js';

const context = { say: en, paint: PLAIN, asOf: '2026-11-22' };
const text = (...args: Parameters<typeof csv>) => joined(csv(...args));

describe('the list as CSV', () => {
  it('has a header row, one line per row, CRLF line ends and quoted fields where needed', () => {
    const rows = [summary(), summary({ id: 'b', title: 'Maison de l\'emploi, "MDE"', signed: null, parties: ['amf'] })];
    expect(text(rows, context)).toBe(
      'id,title,kind,level,parties,signed,effective,status,end,next_renewal,notice_deadline,file\r\n' +
        'amf-2016,Accord cadre AMF,framework,national,amf pole-emploi,2016-11-16,2016-11-16,in-force,2027-11-15,2027-11-16,2027-09-15,agreements/national/amf.yaml\r\n' +
        'b,"Maison de l\'emploi, ""MDE""",framework,national,amf,,2016-11-16,in-force,2027-11-15,2027-11-16,2027-09-15,agreements/national/amf.yaml\r\n',
    );
    expect([...csv(rows, context)]).toHaveLength(3);
  });

  it('starts with a byte-order mark and uses the separator asked for', () => {
    expect(text([summary()], { ...context, separator: ';', bom: true })).toMatch(/^\uFEFFid;title;kind;/);
    expect(text([], context)).toBe('id,title,kind,level,parties,signed,effective,status,end,next_renewal,notice_deadline,file\r\n');
  });
});
