import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ExitCode } from '../types.js';
import { assetPath } from '../load/assets.js';
import { writeFileAtomic } from '../load/write.js';
import { scaffold } from '../scaffold/files.js';
import type { ScaffoldFile } from '../scaffold/files.js';
import type { Io } from './context.js';

/** `accords init [dir]`: a new repository of agreements; a non-empty folder only with --force. */
export async function initCommand(dir: string | undefined, options: { force?: boolean }, io: Io): Promise<ExitCode> {
  const target = resolve(io.cwd, dir ?? '.');
  let existing: string[] = [];
  try {
    existing = readdirSync(target).filter((name) => name !== '.git');
  } catch {
    existing = [];
  }
  if (existing.length > 0 && !options.force) {
    io.stderr(`accords: ${target} is not empty (${existing.slice(0, 3).join(', ')}${existing.length > 3 ? ', …' : ''}); nothing was written\n  run it in an empty folder, or add --force to add the files (existing ones are replaced)\n`);
    return 1;
  }
  const files = scaffold(shippedTemplates());
  for (const file of files) {
    const written = writeFileAtomic(join(target, file.path), file.text, { overwrite: Boolean(options.force) });
    if (!written.ok) {
      io.stderr(`accords: ${written.message}\n`);
      return 1;
    }
  }
  io.stderr(`accords: wrote ${files.length} files in ${target}\n  next: npm install --save-dev accords && npx accords validate\n`);
  return 0;
}

function shippedTemplates(): ScaffoldFile[] {
  const dir = assetPath('templates');
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith('.md.hbs'))
      .map((name) => ({ path: `templates/${name}`, text: readFileSync(join(dir, name), 'utf8') }));
  } catch {
    return [];
  }
}
