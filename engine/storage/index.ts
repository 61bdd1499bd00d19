export { Storage, type StorageOptions, type Database, type Area, type BatchOperation } from './storage.js';
export { encodeU64, decodeU64, writeU64, concatKey, U64_BYTES } from './keys.js';
