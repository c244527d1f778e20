import { describe, expect, it } from 'vitest';
import { joinLines } from '../../src/format/join-lines.js';
import { joined } from './pieces.js';

describe('joinLines', () => {
  it('gives the text join gives, blank and empty lines included', () => {
    for (const lines of [[], [''], ['a'], ['a', 'b'], ['', ''], ['# title', '', '| a |', ''], ['x', '', '', 'y']]) {
      expect(joined(joinLines(lines))).toBe(lines.join('\n'));
    }
  });

  it('takes its lines from a generator, one at a time', () => {
    function* lines() {
      yield 'one';
      yield 'two';
    }
    expect([...joinLines(lines())]).toEqual(['one', '\ntwo']);
  });
});
