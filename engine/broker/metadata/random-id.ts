import type { Random } from '../../time/random.js';

/*
 * Ids for clusters and topics as Kafka makes them: 16 random bytes in base64url without
 * padding (22 characters). Like Kafka, an id that would start with '-' is drawn again (it
 * reads as an option on a command line). The bytes come from the injected Random.
 */

/** Kafka's Uuid.ZERO_UUID: the topic id of an answer about no topic. */
export const ZERO_ID = 'AAAAAAAAAAAAAAAAAAAAAA';

export function randomId(random: Random): string {
  for (;;) {
    let binary = '';
    for (let i = 0; i < 4; i++) {
      const word = random.uint32();
      binary += String.fromCharCode(word >>> 24, (word >>> 16) & 0xff, (word >>> 8) & 0xff, word & 0xff);
    }
    const id = btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
    if (!id.startsWith('-') && id !== ZERO_ID) return id;
  }
}

export const isId = (value: unknown): value is string => typeof value === 'string' && /^[A-Za-z0-9_-]{21}[AQgw]$/.test(value);
