import { ConnectionLossError, LogkeeperError, MalformedFrameError, toLogkeeperError } from '../../engine/errors/index.js';
import { ClientHandshake, ServerHandshake, type SecretKey } from '../shared/auth.js';
import { closeError, closeWithError } from './connection.js';
import type { MessageSocket, QueueSink } from './socket.js';

/*
 * The shared handshake (adapters/shared/auth.ts) over a WebSocket: each handshake message is
 * one binary message. The socket's sink is a QueueSink until the handshake is over; then the
 * connection takes the queue over, with any frames that came right behind the last message.
 */

async function nextMessage(queue: QueueSink, remote: string): Promise<Uint8Array> {
  await queue.changed();
  const message = queue.messages.shift();
  if (message === undefined) {
    const ended = queue.ended!;
    throw closeError(ended.code, ended.reason, remote, ended.error) ?? new ConnectionLossError(`${remote} closed the connection during the handshake`);
  }
  if (typeof message === 'string') throw new MalformedFrameError('A text message during the handshake');
  return message;
}

/** Tells the peer why the handshake failed (when it was this side's verdict) and rethrows it as a typed error. */
function failed(socket: MessageSocket, caught: unknown, queue: QueueSink): LogkeeperError {
  const error = toLogkeeperError(caught);
  if (!queue.ended) closeWithError(socket, error);
  return error;
}

export async function clientHandshake(socket: MessageSocket, queue: QueueSink, key: SecretKey | null, remote: string): Promise<void> {
  try {
    const handshake = new ClientHandshake(key);
    socket.send(handshake.hello());
    const response = await handshake.answer(await nextMessage(queue, remote));
    if (response) socket.send(response);
  } catch (caught) {
    throw failed(socket, caught, queue);
  }
}

export async function serverHandshake(socket: MessageSocket, queue: QueueSink, key: SecretKey | null, remote: string): Promise<void> {
  try {
    const handshake = new ServerHandshake(key);
    socket.send(await handshake.challenge(await nextMessage(queue, remote)));
    if (handshake.refusesClient) throw handshake.refusal();
    if (handshake.needsResponse) {
      // A client that refuses the challenge closes with its reason, in its words: say it in ours.
      const response = await nextMessage(queue, remote).catch((error: unknown) => {
        throw handshake.clientRefused(toLogkeeperError(error));
      });
      await handshake.verify(response);
    }
  } catch (caught) {
    throw failed(socket, caught, queue);
  }
}
