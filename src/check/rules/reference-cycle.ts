import type { Agreement, JsonPath } from '../../types.js';
import type { Rule } from '../rule.js';
import { message } from '../../text/say.js';

/**
 * Following `parent` and `supersedes` never leads back to where it started.
 *
 *   a: parent: b      b: parent: a       ✗ (reported on both)
 */
export const referenceCycle: Rule = {
  id: 'reference-cycle',
  description: 'check.referenceCycle.description',
  severity: 'error',
  *check({ records }) {
    const byId = new Map(records.map((record) => [record.agreement.id, record]));
    // Colour-marking depth-first search, iterative so a long chain cannot overflow the stack.
    const state = new Map<string, 'open' | 'done'>();
    const reported = new Set<string>();
    for (const start of byId.keys()) {
      if (state.has(start)) continue;
      const stack: Frame[] = [{ id: start, out: edgesOf(byId.get(start)!.agreement), next: 0 }];
      state.set(start, 'open');
      while (stack.length > 0) {
        const frame = stack[stack.length - 1]!;
        if (frame.next >= frame.out.length) {
          state.set(frame.id, 'done');
          stack.pop();
          continue;
        }
        const edge = frame.out[frame.next++]!;
        if (state.get(edge.to) === 'open') {
          const cycleStart = stack.findIndex((f) => f.id === edge.to);
          const members = stack.slice(cycleStart).map((f) => f.id);
          const chain = [...members, edge.to].join(' → ');
          for (let i = cycleStart; i < stack.length; i++) {
            const member = stack[i]!;
            const path = i === stack.length - 1 ? edge.path : stack[i + 1]!.via!;
            if (reported.has(member.id)) continue;
            reported.add(member.id);
            yield { file: byId.get(member.id)!.file, path, message: message('check.referenceCycle.circular', { chain }), hint: message('check.referenceCycle.hint') };
          }
        } else if (!state.has(edge.to)) {
          const next = byId.get(edge.to);
          if (!next) continue;
          state.set(edge.to, 'open');
          stack.push({ id: edge.to, out: edgesOf(next.agreement), next: 0, via: edge.path });
        }
      }
    }
  },
};

interface Edge {
  readonly to: string;
  readonly path: JsonPath;
}

/** A record on the search's path: its references, and how many of them are explored. */
interface Frame {
  readonly id: string;
  readonly out: readonly Edge[];
  next: number;
  /** The reference that led here from the frame below. */
  readonly via?: JsonPath;
}

const NO_EDGES: readonly Edge[] = [];

/** Where `parent` and `supersedes` lead (made once per record visited, not per step). */
function edgesOf(agreement: Agreement): readonly Edge[] {
  const { parent, supersedes } = agreement;
  if (!parent && !supersedes?.length) return NO_EDGES;
  const edges: Edge[] = parent ? [{ to: parent, path: ['parent'] }] : [];
  supersedes?.forEach((to, i) => edges.push({ to, path: ['supersedes', i] }));
  return edges;
}
