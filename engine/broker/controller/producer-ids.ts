import { codeOf } from '../../coordination/recipes/common.js';
import { BadArgumentsError, InternalError, kafkaCodeOf, toLogkeeperError, type LogkeeperError } from '../../errors/index.js';
import type { InitProducerIdRequest, InitProducerIdResponse } from '../api/types.js';
import { producerIdBlockCodec, type ProducerIdBlock } from '../metadata/layout.js';
import type { BrokerSession } from '../metadata/session.js';
import { PATHS } from '../metadata/types.js';

/*
 * Producer ids, as Kafka handed them out with ZooKeeper: /latest_producer_id_block holds the
 * last block any broker took. A broker that runs out takes the next block with a versioned
 * write (create for the very first), and on BAD_VERSION (another broker took one meanwhile)
 * reads and tries again, so no two brokers ever hold overlapping blocks. A write whose answer
 * was lost is recognised on the next read (the block there is ours: same broker and start).
 *
 * InitProducerId without a transactional id: a new producer (id -1, epoch -1) gets the next
 * id at epoch 0; a producer that gives its id and epoch gets the same id at epoch + 1
 * (KIP-360), or a new id when the epoch is exhausted (it is an int16; Kafka stops at 32766).
 * Transactional ids are not supported yet (INVALID_REQUEST).
 */

const MAX_EPOCH = 32766;
const INVALID_REQUEST = kafkaCodeOf('BAD_ARGUMENTS');

export interface ProducerIdManagerOptions {
  session: BrokerSession;
  brokerId: number;
  /** Ids taken at once (BrokerConfig.producerIdBlockSize). */
  blockSize: number;
}

export class ProducerIdManager {
  readonly #options: ProducerIdManagerOptions;
  #next = 0;
  #end = -1;
  #taking: Promise<void> | null = null;

  constructor(options: ProducerIdManagerOptions) {
    if (!Number.isSafeInteger(options.blockSize) || options.blockSize <= 0) throw new BadArgumentsError('blockSize must be a positive integer');
    this.#options = options;
  }

  /** An id no broker has handed out before. */
  async nextId(): Promise<number> {
    while (this.#next > this.#end) {
      this.#taking ??= this.#takeBlock().finally(() => {
        this.#taking = null;
      });
      await this.#taking;
    }
    return this.#next++;
  }

  async initProducerId(request: InitProducerIdRequest): Promise<InitProducerIdResponse> {
    const refuse = { errorCode: INVALID_REQUEST, producerId: -1, producerEpoch: -1 };
    if (request.transactionalId !== null) return refuse;
    const { producerId, producerEpoch } = request;
    const fresh = producerId === -1 && producerEpoch === -1;
    const bump = Number.isSafeInteger(producerId) && producerId >= 0 && Number.isInteger(producerEpoch) && producerEpoch >= 0 && producerEpoch <= 32767;
    if (!fresh && !bump) return refuse;
    if (bump && producerEpoch < MAX_EPOCH) return { errorCode: 0, producerId, producerEpoch: producerEpoch + 1 };
    try {
      return { errorCode: 0, producerId: await this.nextId(), producerEpoch: 0 };
    } catch (error) {
      return { errorCode: toLogkeeperError(error).kafkaCode, producerId: -1, producerEpoch: -1 };
    }
  }

  async #takeBlock(): Promise<void> {
    const { session, brokerId, blockSize } = this.#options;
    const path = PATHS.producerIdBlock;
    let attempted: ProducerIdBlock | null = null;
    for (;;) {
      const keeper = session.keeper;
      let latest: { block: ProducerIdBlock; version: number } | null = null;
      try {
        const { data, stat } = await keeper.getData(path);
        latest = { block: producerIdBlockCodec.decode(data, path), version: stat.version };
      } catch (error) {
        if (codeOf(error) !== 'NO_NODE') throw error;
      }
      if (attempted && latest && latest.block.brokerId === brokerId && latest.block.blockStart === attempted.blockStart) break;
      const blockStart = latest ? latest.block.blockEnd + 1 : 0;
      const blockEnd = blockStart + blockSize - 1;
      if (!Number.isSafeInteger(blockEnd)) throw new InternalError('Producer ids are exhausted');
      attempted = { version: 1, brokerId, blockStart, blockEnd };
      const data = producerIdBlockCodec.encode(attempted);
      try {
        if (latest) await keeper.setData(path, data, latest.version);
        else await keeper.create(path, data);
        break;
      } catch (error) {
        const e = error as LogkeeperError;
        if (e.code !== 'BAD_VERSION' && e.code !== 'NODE_EXISTS' && !e.retriable) throw error;
      }
    }
    this.#next = attempted.blockStart;
    this.#end = attempted.blockEnd;
  }
}
