// Regenerates transports/generated/wire.{js,d.ts} from transports/wire.proto (static code:
// no eval at run time, so it bundles for browsers). Run with `npm run proto`; commit the output.
import { execFileSync } from 'node:child_process';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
run('npx', ['pbjs', '-t', 'static-module', '-w', 'es6', '--no-create', '--no-verify', '--no-convert',
  '--no-delimited', '--no-typeurl', '-o', 'transports/generated/wire.js', 'transports/wire.proto']);
run('npx', ['pbts', '-o', 'transports/generated/wire.d.ts', 'transports/generated/wire.js']);
