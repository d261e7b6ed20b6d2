/**
 * The code cites only documents a clone of the repository has: a comment or test that names a document
 * (`docs/cli.md`, README.md) points at one that is there, so that a reader can follow it.
 */
import { execFileSync } from 'child_process';
import { existsSync, readFileSync } from 'fs';
import path from 'path';

const ROOT = path.resolve(__dirname, '../..');

describe('citations in the code', () => {
  const files = execFileSync('git', ['ls-files', 'src', 'test', 'scripts', 'bench'], { cwd: ROOT, encoding: 'utf8' })
    .split('\n')
    .filter((f) => /\.(ts|tsx|js)$/.test(f));

  it('name documents of the repository, by their path from its root or in docs/', () => {
    const cited = files.flatMap((file) =>
      [...readFileSync(path.join(ROOT, file), 'utf8').matchAll(/[A-Za-z0-9_./-]*[A-Za-z0-9_-]\.md\b/g)].map((m) => ({ file, document: m[0] })),
    );
    expect(cited.length).toBeGreaterThan(10);
    expect(cited.filter(({ document }) => !existsSync(path.join(ROOT, document)) && !existsSync(path.join(ROOT, 'docs', document)))).toEqual([]);
  });
});
