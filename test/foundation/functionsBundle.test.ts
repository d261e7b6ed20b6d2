import * as fs from 'fs';
import * as path from 'path';
import { DIST, loadFunctionsBundle, readMetadata } from '../support/functionsHarness';

describe('the built custom functions bundle, loaded the way Excel loads it', () => {
  const bundle = loadFunctionsBundle();

  it('associates every id of functions.json, once, and nothing else', () => {
    const ids = bundle.metadata.map((m) => m.id).sort();
    expect(ids.length).toBeGreaterThan(0);
    expect([...bundle.associated].sort()).toEqual(ids);
    expect(new Set(bundle.associated).size).toBe(bundle.associated.length);
  });

  it('has a callable function behind every id that answers blank arguments without throwing', () => {
    for (const { id } of bundle.metadata) {
      const result = bundle.call(id);
      expect(result).not.toBeUndefined();
      if (typeof result === 'number') expect(Number.isFinite(result)).toBe(true);
    }
  });

  it('has the same ids in the Swedish metadata, each with a Swedish name', () => {
    const sv = readMetadata('functions.sv.json');
    expect(sv.map((m) => m.id)).toEqual(bundle.metadata.map((m) => m.id));
    for (const fn of sv) {
      expect(fn.name).toMatch(/^[A-ZÅÄÖ_.]+$/);
      expect(fn.description).toBeTruthy();
    }
  });

  it('lets error cells reach the functions (so VALIDATE_VOLUMES can report #REF! as a finding), in both languages', () => {
    for (const file of ['functions.json', 'functions.sv.json']) {
      const metadata = JSON.parse(fs.readFileSync(path.join(DIST, file), 'utf8'));
      expect([file, metadata.allowErrorForDataTypeAny]).toEqual([file, true]);
    }
  });

  it('stays small and free of React and Fluent', () => {
    const source = fs.readFileSync(path.join(DIST, 'functions.js'), 'utf8');
    // Markers only React and Fluent carry (in development and production builds alike).
    expect(source).not.toMatch(/react\.(transitional\.)?element|node_modules\/react|@fluentui|fui-FluentProvider|griffel/);
    expect(source.length).toBeLessThan(150 * 1024);
  });
});
