import { AuthenticationFailedError, BadArgumentsError, MalformedFrameError, type LogkeeperError } from '../../engine/errors/index.js';
import { hmacSha256 } from './hmac.js';

/*
 * How this works. Every adapter link starts with a two-message-each-way handshake, with or
 * without a cluster secret, before any frame reaches the engine:
 *
 *   client → server  HELLO      version, flags, client nonce Nc
 *   server → client  CHALLENGE  version, flags (AUTH), server nonce Ns, [proofS]
 *   client → server  RESPONSE   version, flags, [proofC]          (only when AUTH is set)
 *
 * With a secret K: proofS = HMAC-SHA256(K, "logkeeper-auth-v1 server" | Nc | Ns) and
 * proofC = HMAC-SHA256(K, "logkeeper-auth-v1 client" | Ns | Nc). Both sides prove they know K
 * on fresh nonces, so neither a replayed answer nor one reflected from the other direction
 * passes. The client checks proofS before it answers, so a client with the wrong secret (or
 * one facing an impostor) fails at once with AUTHENTICATION_FAILED, and the connection
 * resolves on the client after one round trip; the server accepts the connection only after
 * proofC checks out, so no frame of a client that failed reaches the engine, and refuses a
 * client whose HELLO says it has a secret when the listener has none. This proves
 * knowledge of the secret; it does not encrypt or bind the channel: use TLS for that.
 *
 * Only WebCrypto (`crypto.subtle`, `crypto.getRandomValues`) is used, so this file runs in
 * Node and in a browser tab alike; where `crypto.subtle` is missing (a page outside a secure
 * context) HMAC falls back to hmac.ts (@noble/hashes).
 */

const MAGIC = [0x4c, 0x4b, 0x48]; // "LKH"
const VERSION = 1;
const NONCE_BYTES = 32;
const PROOF_BYTES = 32;
const HEADER_BYTES = 5; // magic, version, type
const FLAG_AUTH = 1;

/** The largest handshake message; readers refuse longer ones before the handshake is over. */
export const MAX_HANDSHAKE_BYTES = HEADER_BYTES + 1 + NONCE_BYTES + PROOF_BYTES;

const enum MessageType {
  Hello = 1,
  Challenge = 2,
  Response = 3,
}

const SERVER_LABEL = new TextEncoder().encode('logkeeper-auth-v1 server');
const CLIENT_LABEL = new TextEncoder().encode('logkeeper-auth-v1 client');

export type Secret = string | Uint8Array;

/** A cluster secret ready for HMAC. Build it once per transport with `createSecretKey`. */
export interface SecretKey {
  sign(label: Uint8Array, a: Uint8Array, b: Uint8Array): Promise<Uint8Array>;
}

export function checkSecret(secret: unknown): asserts secret is Secret | undefined {
  if (secret === undefined) return;
  const length = typeof secret === 'string' ? secret.length : secret instanceof Uint8Array ? secret.byteLength : -1;
  if (length < 1) throw new BadArgumentsError('secret must be a non-empty string or Uint8Array');
}

/** Imports the secret for HMAC-SHA256; undefined when no secret is configured. */
export function createSecretKey(secret: Secret | undefined): SecretKey | null {
  checkSecret(secret);
  if (secret === undefined) return null;
  const raw = typeof secret === 'string' ? new TextEncoder().encode(secret) : secret.slice();
  const subtle = globalThis.crypto?.subtle;
  let key: Promise<CryptoKey> | undefined;
  return {
    async sign(label, a, b) {
      const data = new Uint8Array(label.byteLength + a.byteLength + b.byteLength);
      data.set(label, 0);
      data.set(a, label.byteLength);
      data.set(b, label.byteLength + a.byteLength);
      // A page outside a secure context (plain http, not localhost) has no crypto.subtle.
      if (!subtle) return hmacSha256(raw, data);
      key ??= subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
      return new Uint8Array(await subtle.sign('HMAC', await key, data));
    },
  };
}

/** Compares in time that depends only on the length, not on where the bytes differ. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  let diff = 0;
  for (let i = 0; i < a.byteLength; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

function nonce(): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
}

function encode(type: MessageType, flags: number, ...parts: Uint8Array[]): Uint8Array {
  const length = HEADER_BYTES + 1 + parts.reduce((n, p) => n + p.byteLength, 0);
  const out = new Uint8Array(length);
  out.set(MAGIC, 0);
  out[3] = VERSION;
  out[4] = type;
  out[5] = flags;
  let at = HEADER_BYTES + 1;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

/** Checks the header and length; returns the flags and the body after them. */
function decode(message: Uint8Array, type: MessageType, bodyBytes: (flags: number) => number): { flags: number; body: Uint8Array } {
  if (message.byteLength < HEADER_BYTES + 1 || message[0] !== MAGIC[0] || message[1] !== MAGIC[1] || message[2] !== MAGIC[2]) {
    throw new MalformedFrameError('The peer does not speak the logkeeper handshake');
  }
  if (message[3] !== VERSION) throw new MalformedFrameError(`Unsupported handshake version ${message[3]}`);
  if (message[4] !== type) throw new MalformedFrameError(`Expected handshake message ${type}, got ${message[4]}`);
  const flags = message[5]!;
  const body = message.subarray(HEADER_BYTES + 1);
  if (body.byteLength !== bodyBytes(flags)) throw new MalformedFrameError('A handshake message has the wrong length');
  return { flags, body };
}

/** The dialling side of the handshake. */
export class ClientHandshake {
  readonly #key: SecretKey | null;
  readonly #nonce = nonce();

  constructor(key: SecretKey | null) {
    this.#key = key;
  }

  hello(): Uint8Array {
    return encode(MessageType.Hello, this.#key ? FLAG_AUTH : 0, this.#nonce);
  }

  /**
   * Checks the server's CHALLENGE and returns the RESPONSE to send, or null when the server
   * asks for none. Throws AUTHENTICATION_FAILED when the server did not prove the secret (or
   * wants one this side lacks), MALFORMED_FRAME when the message is not a CHALLENGE.
   */
  async answer(challenge: Uint8Array): Promise<Uint8Array | null> {
    const { flags, body } = decode(challenge, MessageType.Challenge, (f) => NONCE_BYTES + (f & FLAG_AUTH ? PROOF_BYTES : 0));
    const serverNonce = body.subarray(0, NONCE_BYTES);
    const serverAuth = (flags & FLAG_AUTH) !== 0;
    if (!this.#key) {
      if (serverAuth) throw new AuthenticationFailedError('The server requires a cluster secret and none is configured');
      return null;
    }
    if (!serverAuth) throw new AuthenticationFailedError('The server did not prove that it knows the cluster secret');
    const expected = await this.#key.sign(SERVER_LABEL, this.#nonce, serverNonce);
    if (!constantTimeEqual(expected, body.subarray(NONCE_BYTES))) {
      throw new AuthenticationFailedError('The server does not know the cluster secret (or the secrets differ)');
    }
    return encode(MessageType.Response, FLAG_AUTH, await this.#key.sign(CLIENT_LABEL, serverNonce, this.#nonce));
  }
}

/** The accepting side of the handshake. */
export class ServerHandshake {
  readonly #key: SecretKey | null;
  readonly #nonce = nonce();
  #clientNonce: Uint8Array | null = null;
  #clientHasSecret = false;

  constructor(key: SecretKey | null) {
    this.#key = key;
  }

  /** Whether the client must send a RESPONSE (and pass `verify`) before it is accepted. */
  get needsResponse(): boolean {
    return this.#key !== null;
  }

  /**
   * Whether the client, by its HELLO, has a secret this listener lacks: it will refuse the
   * CHALLENGE (which carries no proof), so the listener refuses it too, with `refusal()`.
   */
  get refusesClient(): boolean {
    return this.#key === null && this.#clientHasSecret;
  }

  /** Reads HELLO and returns the CHALLENGE to send. */
  async challenge(hello: Uint8Array): Promise<Uint8Array> {
    const { flags, body } = decode(hello, MessageType.Hello, () => NONCE_BYTES);
    this.#clientNonce = body.slice();
    this.#clientHasSecret = (flags & FLAG_AUTH) !== 0;
    if (!this.#key) return encode(MessageType.Challenge, 0, this.#nonce);
    return encode(MessageType.Challenge, FLAG_AUTH, this.#nonce, await this.#key.sign(SERVER_LABEL, this.#clientNonce, this.#nonce));
  }

  /** Why a client whose HELLO announced a secret is refused by a listener that has none, in the listener's words. */
  refusal(): AuthenticationFailedError {
    return new AuthenticationFailedError('The client has a cluster secret and this listener has none');
  }

  /**
   * What the client's refusal of the CHALLENGE (its typed close reason) means, in the
   * listener's words: the client's own message speaks of "the server". Other errors pass as they are.
   */
  clientRefused(reason: LogkeeperError): LogkeeperError {
    if (reason.code !== 'AUTHENTICATION_FAILED') return reason;
    if (!this.#key) return this.refusal();
    if (!this.#clientHasSecret) return new AuthenticationFailedError('The client has no cluster secret and this listener requires one');
    return new AuthenticationFailedError('The client\'s cluster secret differs from this listener\'s (it could not verify the listener\'s proof)');
  }

  /** Checks the client's RESPONSE; throws AUTHENTICATION_FAILED unless it proves the secret. */
  async verify(response: Uint8Array): Promise<void> {
    if (!this.#key || !this.#clientNonce) throw new MalformedFrameError('No RESPONSE is expected now');
    let proof: Uint8Array;
    try {
      proof = decode(response, MessageType.Response, (f) => (f & FLAG_AUTH ? PROOF_BYTES : 0)).body;
    } catch (error) {
      throw new AuthenticationFailedError('The client did not answer the challenge', { cause: error });
    }
    const expected = await this.#key.sign(CLIENT_LABEL, this.#nonce, this.#clientNonce);
    if (!constantTimeEqual(expected, proof)) throw new AuthenticationFailedError('The client did not prove that it knows the cluster secret');
  }
}
