import type { JsonPath } from '../../types.js';
import type { Rule } from '../rule.js';
import { say } from '../../text/say.js';

/**
 * Following `parent` and `supersedes` never leads back to where it started.
 *
 *   a: parent: b      b: parent: a       ✗ (reported on both)
 */
export const referenceCycle: Rule = {
  id: 'reference-cycle',
  get description() {
    return say('check.referenceCycle.description');
  },
  severity: 'error',
  *check({ records }) {
    const byId = new Map(records.map((record) => [record.agreement.id, record]));
    const edges = (id: string): { to: string; path: JsonPath }[] => {
      const agreement = byId.get(id)?.agreement;
      if (!agreement) return [];
      return [
        ...(agreement.parent ? [{ to: agreement.parent, path: ['parent'] as JsonPath }] : []),
        ...(agreement.supersedes ?? []).map((to, i) => ({ to, path: ['supersedes', i] as JsonPath })),
      ];
    };
    // Colour-marking depth-first search, iterative so a long chain cannot overflow the stack.
    const state = new Map<string, 'open' | 'done'>();
    const reported = new Set<string>();
    for (const start of byId.keys()) {
      if (state.has(start)) continue;
      const stack: { id: string; next: number; via?: JsonPath }[] = [{ id: start, next: 0 }];
      state.set(start, 'open');
      while (stack.length > 0) {
        const frame = stack[stack.length - 1]!;
        const out = edges(frame.id);
        if (frame.next >= out.length) {
          state.set(frame.id, 'done');
          stack.pop();
          continue;
        }
        const edge = out[frame.next++]!;
        if (state.get(edge.to) === 'open') {
          const cycleStart = stack.findIndex((f) => f.id === edge.to);
          const members = stack.slice(cycleStart).map((f) => f.id);
          const chain = [...members, edge.to].join(' → ');
          for (let i = cycleStart; i < stack.length; i++) {
            const member = stack[i]!;
            const path = i === stack.length - 1 ? edge.path : stack[i + 1]!.via!;
            if (reported.has(member.id)) continue;
            reported.add(member.id);
            yield { file: byId.get(member.id)!.file, path, message: say('check.referenceCycle.circular', { chain }), hint: say('check.referenceCycle.hint') };
          }
        } else if (!state.has(edge.to) && byId.has(edge.to)) {
          state.set(edge.to, 'open');
          stack.push({ id: edge.to, next: 0, via: edge.path });
        }
      }
    }
  },
};
