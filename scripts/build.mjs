// Builds dist/ with type declarations: tsc for the TypeScript, then the generated protobuf
// code (plain .js + .d.ts, which tsc does not emit) copied beside it; the commands named in
// package.json's "bin" are made executable.
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

rmSync('dist', { recursive: true, force: true });
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });

function generatedDirs(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (!e.isDirectory() || e.name === 'node_modules') return [];
    const path = join(dir, e.name);
    return e.name === 'generated' ? [path] : generatedDirs(path);
  });
}
for (const dir of [...generatedDirs('transports'), ...generatedDirs('engine')]) {
  cpSync(dir, join('dist', dir), { recursive: true });
}

// tsc writes files without the run bit, and npm sets it only when it links an installed
// package's bins: without this, `npx logkeeper` in this repository fails after a rebuild.
const { bin = {} } = JSON.parse(readFileSync('package.json', 'utf8'));
for (const file of Object.values(bin)) chmodSync(file, 0o755);
