import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { stringify } from 'yaml';
import type { Agreement, Organization } from '../types.js';

const MODELINE = /^#\s*yaml-language-server:\s*\$schema=(\S+)/;

/**
 * A drafted record as YAML, with the editor modeline of its framework's file carried over
 * (its relative path adjusted to the new file's folder) so editors check it the same way.
 */
export function recordYaml(record: Agreement, root: string, frameworkFile: string, file: string): string {
  return `${modeline(root, frameworkFile, file)}${stringify(record, { lineWidth: 0 })}`;
}

export function organizationYaml(organization: Organization): string {
  return stringify([organization], { lineWidth: 0, collectionStyle: 'block' });
}

function modeline(root: string, frameworkFile: string, file: string): string {
  let first: string | undefined;
  try {
    first = readFileSync(join(root, frameworkFile), 'utf8').split('\n', 1)[0];
  } catch {
    return '';
  }
  const match = first ? MODELINE.exec(first) : null;
  if (!match) return '';
  const target = match[1]!;
  if (/^[a-z]+:\/\//i.test(target)) return `# yaml-language-server: $schema=${target}\n`;
  const absolute = resolve(root, dirname(frameworkFile), target);
  return `# yaml-language-server: $schema=${relative(join(root, dirname(file)), absolute).split('\\').join('/')}\n`;
}
