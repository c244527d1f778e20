import { describe, expect, it } from 'vitest';
import { decodeUtf8 as decodeMessages } from '../../src/parse/decode.js';
import { en, fr } from '../say.js';
import { worded } from '../worded.js';

const decodeUtf8 = (bytes: Buffer) => worded(en, decodeMessages(bytes));
const decodeInFrench = (bytes: Buffer) => worded(fr, decodeMessages(bytes));

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('decodeUtf8', () => {
  it('decodes UTF-8 and drops a byte-order mark', () => {
    expect(decodeUtf8(bytes([0xef, 0xbb, 0xbf], 'id: pôle\n'))).toEqual({ ok: true, text: 'id: pôle\n' });
  });

  it('refuses UTF-16 with a hint', () => {
    const result = decodeUtf8(bytes([0xff, 0xfe], [0x69, 0x00]));
    expect(result).toMatchObject({ ok: false, message: 'the file is encoded in UTF-16', hint: 'save it as UTF-8' });
  });

  it('gives the line and column of the first invalid byte', () => {
    // "Pôle" in Latin-1: ô is the single byte 0xF4.
    const result = decodeUtf8(bytes('id: a\ntitle: P', [0xf4], 'le\n'));
    expect(result).toMatchObject({ ok: false, message: 'invalid UTF-8 byte 0xf4', position: { line: 1, column: 8 } });
  });

  it('counts characters, not bytes, before the bad byte', () => {
    const result = decodeUtf8(bytes('é: ', [0xc3]));
    expect(result).toMatchObject({ ok: false, position: { line: 0, column: 3 } });
  });
});

describe('decodeUtf8 in French', () => {
  it('refuses UTF-16 and invalid bytes in French, the byte as it is', () => {
    expect(decodeInFrench(bytes([0xfe, 0xff], [0x00, 0x69]))).toMatchObject({ message: 'le fichier est encodé en UTF-16', hint: 'enregistrez-le en UTF-8' });
    expect(decodeInFrench(bytes('title: P', [0xf4], 'le\n'))).toMatchObject({
      message: 'octet UTF-8 invalide 0xf4',
      hint: 'enregistrez le fichier en UTF-8 (il semble être en Latin-1 ou Windows-1252)',
    });
  });
});
