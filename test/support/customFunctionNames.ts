/**
 * Målkoll's custom functions as Excel knows them once the built add-in is loaded: each id's name in the
 * default metadata (dist/functions.json) and in every locale the manifest overrides the metadata for
 * (dist/functions.sv.json), the shape the fake Excel binds formulas by.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { FakeCustomFunctions } from '../fakes/fake-excel';
import { DIST, readMetadata } from './functionsHarness';

/** Locale → metadata file, from the manifest's Functions.Metadata.Url overrides. */
export function metadataOverrides(manifest = fs.readFileSync(path.join(DIST, 'manifest.xml'), 'utf8')): Record<string, string> {
  const url = /<bt:Url id="Functions.Metadata.Url"[^>]*>([\s\S]*?)<\/bt:Url>/.exec(manifest);
  if (!url) throw new Error('the manifest has no Functions.Metadata.Url');
  const overrides: Record<string, string> = {};
  for (const m of url[1].matchAll(/<bt:Override Locale="([^"]+)" Value="([^"]+)"\/>/g)) overrides[m[1]] = m[2].split('/').pop() as string;
  return overrides;
}

export function customFunctionsOfBuild(): FakeCustomFunctions {
  const manifest = fs.readFileSync(path.join(DIST, 'manifest.xml'), 'utf8');
  const namespace = /id="Functions.Namespace" DefaultValue="([^"]+)"/.exec(manifest)?.[1];
  if (!namespace) throw new Error('the manifest has no Functions.Namespace');
  const functions: FakeCustomFunctions['functions'] = {};
  for (const f of readMetadata('functions.json')) functions[f.id] = { default: f.name };
  for (const [locale, file] of Object.entries(metadataOverrides(manifest))) {
    for (const f of readMetadata(file)) functions[f.id][locale] = f.name;
  }
  return { namespace, functions };
}
