import { describe, expect, it } from 'vitest';
import { packageName, pointModelineAtPackage, scaffold } from '../../src/scaffold/files.js';

describe('scaffold', () => {
  it('points a shipped record’s modeline at the schemas npm install puts in node_modules', () => {
    expect(pointModelineAtPackage('# yaml-language-server: $schema=../../schemas/agreement.schema.json\nid: x\n')).toBe('# yaml-language-server: $schema=../../node_modules/accords/schemas/agreement.schema.json\nid: x\n');
    expect(pointModelineAtPackage('# yaml-language-server: $schema=../schemas/organizations.schema.json\n')).toBe('# yaml-language-server: $schema=../node_modules/accords/schemas/organizations.schema.json\n');
    expect(pointModelineAtPackage('id: x\n# schemas/ stays\n')).toBe('id: x\n# schemas/ stays\n');
  });

  it('makes a package name npm accepts from a folder name', () => {
    expect(packageName('Accords Gironde')).toBe('accords-gironde');
    expect(packageName('conventions-Île-de-France')).toBe('conventions-ile-de-france');
    expect(packageName('accords')).toBe('accords-repository');
    expect(packageName('...')).toBe('accords-repository');
  });

  it('writes package.json with the tool spec it is given, and a registry even when none is shipped', () => {
    const files = scaffold({ name: 'x', tool: 'file:vendor/accords-0.1.0.tgz', shipped: [] });
    const pkg = JSON.parse(files.find((f) => f.path === 'package.json')!.text) as { devDependencies: Record<string, string>; private: boolean };
    expect(pkg).toMatchObject({ private: true, devDependencies: { accords: 'file:vendor/accords-0.1.0.tgz' } });
    expect(files.map((f) => f.path)).toContain('agreements/organizations.yaml');
    expect(new Set(files.map((f) => f.path)).size).toBe(files.length);
  });
});
