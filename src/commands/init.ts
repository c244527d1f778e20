import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ExitCode } from '../types.js';
import { assetPath } from '../load/assets.js';
import { writeFileAtomic } from '../load/write.js';
import { scaffold } from '../scaffold/files.js';
import { say } from '../text/say.js';
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
    const names = `${existing.slice(0, 3).join(', ')}${existing.length > 3 ? ', …' : ''}`;
    io.stderr(`accords: ${say('commands.folderNotEmpty', { folder: target, names })}\n  ${say('commands.folderNotEmptyHint')}\n`);
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
  io.stderr(`accords: ${say('commands.initWrote', { count: files.length, folder: target })}\n  ${say('commands.initNext')}\n`);
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
