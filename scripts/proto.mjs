// Regenerates the static protobufjs code for every .proto file in transports/ and engine/:
// <dir>/<name>.proto -> <dir>/generated/<name>.js and .d.ts. Static code needs no eval at run
// time, so it bundles for browsers. Run with `npm run proto` and commit the output.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

function protos(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'generated' ? [] : protos(path);
    return e.name.endsWith('.proto') ? [path] : [];
  });
}

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
for (const proto of [...protos('transports'), ...protos('engine')]) {
  const outDir = join(dirname(proto), 'generated');
  const out = join(outDir, `${basename(proto, '.proto')}.js`);
  mkdirSync(outDir, { recursive: true });
  run('npx', ['pbjs', '-t', 'static-module', '-w', 'es6', '--no-create', '--no-verify', '--no-convert',
    '--no-delimited', '--no-typeurl', '-r', basename(proto, '.proto'), '-o', out, proto]);
  run('npx', ['pbts', '-o', out.replace(/\.js$/, '.d.ts'), out]);
  console.log(`${proto} -> ${out}`);
}
