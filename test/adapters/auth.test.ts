import test from 'ava';
import fc from 'fast-check';
import { createHmac } from 'node:crypto';
import { ClientHandshake, constantTimeEqual, createSecretKey, ServerHandshake } from '../../adapters/shared/auth.js';
import { hmacSha256 } from '../../adapters/shared/hmac.js';
import { decodeReason, encodeReason } from '../../adapters/shared/close-reason.js';
import { AuthenticationFailedError } from '../../engine/errors/index.js';

test('the fallback HMAC-SHA256 agrees with node:crypto, for keys shorter and longer than a block', (t) => {
  t.true(Buffer.from(hmacSha256(new Uint8Array(0), new Uint8Array(0))).equals(createHmac('sha256', new Uint8Array(0)).digest()));
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), fc.uint8Array({ maxLength: 200 }), (key, data) => {
      return Buffer.from(hmacSha256(key, data)).equals(createHmac('sha256', key).update(data).digest());
    }),
    { numRuns: 200 },
  );
});

async function run(clientSecret?: string, serverSecret?: string) {
  const client = new ClientHandshake(createSecretKey(clientSecret));
  const server = new ServerHandshake(createSecretKey(serverSecret));
  const challenge = await server.challenge(client.hello());
  const response = await client.answer(challenge);
  if (server.needsResponse) await server.verify(response ?? new Uint8Array(0));
  return response;
}

test('handshake: same secret, no secret, and every mismatch', async (t) => {
  t.truthy(await run('k', 'k'));
  t.is(await run(), null);
  for (const [c, s] of [['a', 'b'], [undefined, 'b'], ['a', undefined]] as const) {
    const error = await run(c, s).then(() => null, (e: unknown) => e);
    t.true(error instanceof AuthenticationFailedError, `${c} / ${s}`);
  }
});

test('handshake: garbage instead of a message is a typed error, never a crash', async (t) => {
  await fc.assert(
    fc.asyncProperty(fc.uint8Array({ maxLength: 100 }), async (garbage) => {
      const server = new ServerHandshake(createSecretKey('k'));
      const client = new ClientHandshake(createSecretKey('k'));
      const errors = await Promise.all([
        server.challenge(garbage).then(() => null, (e: { code?: string }) => e.code),
        client.answer(garbage).then(() => null, (e: { code?: string }) => e.code),
      ]);
      return errors.every((code) => code === 'MALFORMED_FRAME' || code === 'AUTHENTICATION_FAILED');
    }),
  );
  t.pass();
});

test('constant-time comparison and close reasons', (t) => {
  t.true(constantTimeEqual(Uint8Array.of(1, 2), Uint8Array.of(1, 2)));
  t.false(constantTimeEqual(Uint8Array.of(1, 2), Uint8Array.of(1, 3)));
  t.false(constantTimeEqual(Uint8Array.of(1), Uint8Array.of(1, 2)));
  const back = decodeReason(encodeReason(new AuthenticationFailedError('nope é'.repeat(40))));
  t.is(back.code, 'AUTHENTICATION_FAILED');
  t.true(encodeReason(new AuthenticationFailedError('é'.repeat(200))).byteLength <= 120);
  t.is(decodeReason('garbage words').code, 'CONNECTION_LOSS');
});

test('without crypto.subtle (an insecure browser context) the handshake still works, and agrees with WebCrypto', async (t) => {
  const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'crypto')!;
  const real = globalThis.crypto;
  Object.defineProperty(globalThis, 'crypto', { configurable: true, value: { getRandomValues: real.getRandomValues.bind(real) } });
  let fallbackKey;
  let client;
  try {
    fallbackKey = createSecretKey('k');
    client = new ClientHandshake(fallbackKey);
  } finally {
    Object.defineProperty(globalThis, 'crypto', descriptor);
  }
  const server = new ServerHandshake(createSecretKey('k'));
  const response = await client.answer(await server.challenge(client.hello()));
  await t.notThrowsAsync(server.verify(response!));
});
