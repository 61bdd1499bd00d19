import { BadArgumentsError } from '../errors/index.js';

/*
 * ZooKeeper's path rules (PathUtils.validatePath): absolute, slash-separated, no trailing
 * slash, no empty segment, no '.' or '..' segment, and none of the characters ZooKeeper
 * refuses (NUL, the C0 and C1 controls, U+D800–U+F8FF, U+FFF0–U+FFFF); and at most
 * MAX_PATH_BYTES long.
 */

/**
 * The longest path, in UTF-8 bytes. ZooKeeper has no path limit of its own: only the whole
 * request is bounded, by jute.maxbuffer (~1 MiB), and etcd likewise bounds only a request
 * (1.5 MiB). A path is held in the tree, in every watch on it and in every event and
 * getChildren reply naming it, so it gets a far tighter bound: 4096 bytes, Linux's PATH_MAX,
 * which no real znode layout comes near, and which a tree mirrored to files can still hold.
 */
export const MAX_PATH_BYTES = 4096;

/** What a sequential create appends: ZooKeeper's 10-character counter. */
const SEQUENCE_SUFFIX = '0000000000';

function invalid(path: string, reason: string): BadArgumentsError {
  // A refused path can be huge: the message quotes its start only.
  const shown = path.length > 100 ? `${path.slice(0, 100)}…` : path;
  return new BadArgumentsError(`Invalid path '${shown}': ${reason}`);
}

/** Returns the reason `path` is not a valid znode path, or null. */
export function pathProblem(path: unknown): string | null {
  if (typeof path !== 'string') return 'a path must be a string';
  if (path.length === 0) return 'a path must not be empty';
  if (path.charCodeAt(0) !== 0x2f) return 'a path must start with /';
  if (path.length === 1) return null;
  // Every UTF-16 unit takes at least one UTF-8 byte: a longer string is refused unread.
  if (path.length > MAX_PATH_BYTES) return `longer than ${MAX_PATH_BYTES} bytes`;
  if (path.charCodeAt(path.length - 1) === 0x2f) return 'a path must not end with /';
  let segmentStart = 1;
  let bytes = 0;
  for (let i = 1; i <= path.length; i++) {
    const c = i < path.length ? path.charCodeAt(i) : 0x2f;
    // 1, 2 or 3 bytes of UTF-8 a unit (surrogates, which would pair into 4, are refused below).
    if (i < path.length) bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    if (c === 0x2f) {
      const length = i - segmentStart;
      if (length === 0) return `empty segment at index ${i}`;
      if (length <= 2 && path.charCodeAt(segmentStart) === 0x2e && (length === 1 || path.charCodeAt(segmentStart + 1) === 0x2e)) {
        return `relative segment at index ${segmentStart}`;
      }
      segmentStart = i + 1;
      continue;
    }
    if (c === 0) return `null character at index ${i}`;
    if (c <= 0x1f || (c >= 0x7f && c <= 0x9f) || (c >= 0xd800 && c <= 0xf8ff) || c >= 0xfff0) {
      return `invalid character U+${c.toString(16).padStart(4, '0')} at index ${i}`;
    }
  }
  // The loop counted all but the leading '/'.
  if (1 + bytes > MAX_PATH_BYTES) return `longer than ${MAX_PATH_BYTES} bytes in UTF-8`;
  return null;
}

/**
 * Throws BAD_ARGUMENTS unless `path` is valid. For a sequential create the server appends a
 * counter, so (as in ZooKeeper) the path is checked with it appended: '/queue/' is fine, and
 * the path it makes is within MAX_PATH_BYTES.
 */
export function validatePath(path: unknown, sequential = false): asserts path is string {
  const problem = pathProblem(typeof path === 'string' && sequential ? path + SEQUENCE_SUFFIX : path);
  if (problem !== null) throw invalid(String(path), problem);
}

/** '/a/b' → '/a'; '/a' → '/'. The root has no parent. */
export function parentOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

/** '/a/b' → 'b'. */
export function nameOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export function joinPath(parent: string, name: string): string {
  return parent === '/' ? `/${name}` : `${parent}/${name}`;
}

/**
 * ZooKeeper's sequence suffix: the parent's cversion as %010d; a signed 32-bit counter, so
 * after 2147483647 it shows as -2147483648 (as ZooKeeper's does).
 */
export function sequenceSuffix(counter: number): string {
  const n = counter | 0;
  return n < 0 ? `-${String(-n).padStart(9, '0')}` : String(n).padStart(10, '0');
}

/** The proper ancestors of a path, nearest first: '/a/b/c' → '/a/b', '/a', '/'. */
export function ancestorsOf(path: string): string[] {
  const out: string[] = [];
  for (let i = path.lastIndexOf('/'); i > 0; i = path.lastIndexOf('/', i - 1)) out.push(path.slice(0, i));
  if (path !== '/') out.push('/');
  return out;
}

/** Whether `path` is `ancestor` or below it. */
export function isWithin(path: string, ancestor: string): boolean {
  if (ancestor === '/') return true;
  return path === ancestor || (path.startsWith(ancestor) && path.charCodeAt(ancestor.length) === 0x2f);
}

/** The reserved subtree (ZooKeeper's /zookeeper): it exists, and clients cannot change it. */
export const RESERVED_PATH = '/zookeeper';
