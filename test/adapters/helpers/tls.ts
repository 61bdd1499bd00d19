import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TcpTlsOptions } from '../../../adapters/tcp/index.js';

/*
 * Test-only certificates, made with openssl at test time (no key is committed) and cached in
 * the OS temp folder so that parallel test processes make them once:
 *   ca        the cluster's CA
 *   node      a certificate for localhost / 127.0.0.1 / ::1, good for server and client auth
 *   stranger  a self-signed certificate no test CA vouches for
 */

const VERSION = 'logkeeper-test-tls-v1';

function openssl(dir: string, ...args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
}

function make(dir: string): void {
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  openssl(dir, 'req', '-x509', ...ec, '-keyout', 'ca.key', '-out', 'ca.crt', '-days', '3650', '-subj', '/CN=logkeeper test CA');
  writeFileSync(join(dir, 'node.ext'), 'subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1\nextendedKeyUsage=serverAuth,clientAuth\nbasicConstraints=CA:FALSE\n');
  openssl(dir, 'req', ...ec, '-keyout', 'node.key', '-out', 'node.csr', '-subj', '/CN=node');
  openssl(dir, 'x509', '-req', '-in', 'node.csr', '-CA', 'ca.crt', '-CAkey', 'ca.key', '-set_serial', '2', '-days', '3650', '-extfile', 'node.ext', '-out', 'node.crt');
  openssl(dir, 'req', '-x509', ...ec, '-keyout', 'stranger.key', '-out', 'stranger.crt', '-days', '3650', '-subj', '/CN=stranger', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1');
}

export interface TestCertificates {
  ca: string;
  /** TLS options of a cluster node: its own certificate, the cluster CA, and client certificates required. */
  mutual(name: 'node' | 'stranger'): TcpTlsOptions;
  /** A server certificate and the CA, without client certificates. */
  server(): TcpTlsOptions;
  /** Only the CA: a client that checks the server and shows no certificate of its own. */
  client(): TcpTlsOptions;
}

let cached: TestCertificates | undefined;

export function testCertificates(): TestCertificates {
  if (cached) return cached;
  const dir = join(tmpdir(), VERSION);
  if (!existsSync(join(dir, 'done'))) {
    const scratch = `${dir}.${process.pid}.${Date.now()}`;
    mkdirSync(scratch, { recursive: true });
    make(scratch);
    writeFileSync(join(scratch, 'done'), '');
    try {
      renameSync(scratch, dir);
    } catch {
      rmSync(scratch, { recursive: true, force: true }); // another process won the race
    }
  }
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');
  const ca = read('ca.crt');
  cached = {
    ca,
    mutual: (name) => ({ key: read(`${name}.key`), cert: read(`${name}.crt`), ca, requestCert: true }),
    server: () => ({ key: read('node.key'), cert: read('node.crt'), ca }),
    client: () => ({ ca }),
  };
  return cached;
}
