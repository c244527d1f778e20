import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { askMissing } from '../../src/commands/prompt.js';
import type { Io } from '../../src/commands/context.js';
import type { TemplateSpec } from '../../src/draft/template.js';
import { en } from '../say.js';

const spec = {
  description: '',
  variables: [
    { name: 'lieu', type: 'string', required: true, description: 'Lieu de signature', example: 'Bordeaux' },
    { name: 'directeur', type: 'string', required: true, description: 'Directeur' },
    { name: 'departement', type: 'string', required: true, description: 'Département' },
  ],
  record: {},
  body: '',
  bodyLine: 0,
} as unknown as TemplateSpec;

/** A terminal that types the next answer each time a question is shown, then ends the input (Ctrl+D). */
function session(answers: string[]) {
  const input = new PassThrough();
  const output = new PassThrough();
  const questions: string[] = [];
  output.on('data', (chunk: Buffer) => {
    questions.push(chunk.toString());
    const next = answers.shift();
    if (next === undefined) input.end();
    else input.write(`${next}\n`);
  });
  let said = '';
  const io = { stderr: (text: string) => void (said += text), say: en } as unknown as Io;
  return { terminal: { input, output }, io, said: () => said, questions };
}

describe('askMissing', () => {
  it('asks each missing required value in turn; an empty answer skips one', async () => {
    const values = new Map<string, unknown>([['directeur', 'Paul Martin']]);
    const { terminal, io, said, questions } = session(['Bordeaux', '']);
    await askMissing(spec, values, io, terminal);
    expect([...values]).toEqual([
      ['directeur', 'Paul Martin'],
      ['lieu', 'Bordeaux'],
    ]);
    expect(said()).toBe('2 required values missing; type each one (empty to skip):\n');
    expect(questions).toEqual(['  lieu — Lieu de signature (e.g. Bordeaux): ', '  departement — Département: ']);
  });

  it('stops asking when the input ends (Ctrl+D), leaving the rest missing', async () => {
    const values = new Map<string, unknown>();
    const { terminal, io, said } = session(['Bordeaux']);
    await askMissing(spec, values, io, terminal);
    expect([...values]).toEqual([['lieu', 'Bordeaux']]);
    expect(said().endsWith('\n')).toBe(true);
  });
});

describe('askMissing, answers pasted at once', () => {
  it('keeps every pasted answer for its own question', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    output.resume();
    const values = new Map<string, unknown>();
    const io = { stderr: () => undefined, say: en } as unknown as Io;
    input.write('Bordeaux\nPaul Martin\n33\n');
    input.end();
    await askMissing(spec, values, io, { input, output });
    expect([...values]).toEqual([
      ['lieu', 'Bordeaux'],
      ['directeur', 'Paul Martin'],
      ['departement', '33'],
    ]);
  });
});
