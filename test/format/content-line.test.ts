import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentLine, escapeText, fold, icalDate } from '../../src/format/content-line.js';
import { anyText } from './any-text.js';

const octets = (text: string) => Buffer.byteLength(text, 'utf8');
const physicalLines = (folded: string) => folded.split('\r\n');

describe('fold', () => {
  it('leaves a line of 74 octets alone and breaks the 75th onto a continuation', () => {
    expect(fold('a'.repeat(74))).toBe('a'.repeat(74));
    expect(fold('a'.repeat(75))).toBe(`${'a'.repeat(74)}\r\n a`);
    expect(fold('a'.repeat(150))).toBe(`${'a'.repeat(74)}\r\n ${'a'.repeat(74)}\r\n aa`);
  });

  it('counts octets, not characters: an accented letter is two, a dash three', () => {
    // 73 ASCII + é (2 octets) = 75: é goes to the next line whole.
    expect(fold(`${'a'.repeat(73)}é`)).toBe(`${'a'.repeat(73)}\r\n é`);
    expect(fold(`${'a'.repeat(72)}é`)).toBe(`${'a'.repeat(72)}é`);
    expect(fold(`${'a'.repeat(72)}—`)).toBe(`${'a'.repeat(72)}\r\n —`);
  });

  it('never splits a surrogate pair, and counts a lone surrogate as U+FFFD', () => {
    expect(fold(`${'a'.repeat(71)}📞`)).toBe(`${'a'.repeat(71)}\r\n 📞`);
    expect(fold(`${'a'.repeat(70)}📞`)).toBe(`${'a'.repeat(70)}📞`);
    expect(fold(`${'a'.repeat(71)}\udc00`)).toBe(`${'a'.repeat(71)}\udc00`);
    expect(fold(`${'a'.repeat(72)}\udc00`)).toBe(`${'a'.repeat(72)}\r\n \udc00`);
  });

  it('gives back the line when unfolded, in lines of at most 75 octets with the space', () => {
    fc.assert(
      // A line to fold holds no line break: every value is escaped first (escapeText writes them `\n`).
      fc.property(anyText(400).filter((line) => !/[\r\n]/.test(line)), (line) => {
        const folded = fold(line);
        expect(folded.replaceAll('\r\n ', '')).toBe(line);
        const [first, ...rest] = physicalLines(folded);
        expect(octets(first!)).toBeLessThanOrEqual(74);
        for (const continuation of rest) {
          expect(continuation.startsWith(' ')).toBe(true);
          expect(octets(continuation)).toBeLessThanOrEqual(75);
        }
        // No pair is cut: a high surrogate always keeps the unit after it on its line.
        for (const physical of physicalLines(folded).slice(0, -1)) expect(/[\ud800-\udbff]$/.test(physical)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});

describe('escapeText', () => {
  it('escapes backslash, semicolon and comma, and writes line breaks as \\n', () => {
    expect(escapeText('a\\b;c,d')).toBe('a\\\\b\\;c\\,d');
    expect(escapeText('one\r\ntwo\nthree\rfour')).toBe('one\\ntwo\\nthree\\nfour');
    expect(escapeText('Pôle emploi — "AMF": 1')).toBe('Pôle emploi — "AMF": 1');
  });
});

describe('contentLine and icalDate', () => {
  it('ends a folded line with CRLF', () => {
    expect(contentLine('SUMMARY', 'x')).toBe('SUMMARY:x\r\n');
    expect(contentLine('DESCRIPTION', 'y'.repeat(70))).toBe(`DESCRIPTION:${'y'.repeat(62)}\r\n ${'y'.repeat(8)}\r\n`);
  });

  it('writes an ISO date as a DATE value', () => {
    expect(icalDate('2028-02-29')).toBe('20280229');
  });
});
