import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';

/** Why a file was not read: a system error code (`ENOENT`, `EACCES`), or one of these. */
export type FileRefusal =
  | { readonly kind: 'error'; readonly code: string }
  | { readonly kind: 'not-regular'; readonly what: string }
  | { readonly kind: 'too-large' };

export type FileRead = { readonly ok: true; readonly bytes: Buffer } | { readonly ok: false; readonly refusal: FileRefusal };

const kindOf = (stat: Stats): string => {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
};

/**
 * Reads a regular file (symbolic links resolved) of at most `maxBytes`, and nothing else: a
 * link to /dev/zero would be read for ever, a FIFO would block the command until something
 * writes to it, and a file far larger than the contract allows is a mistake, not input. The
 * file is opened without blocking (a FIFO opens at once and is then refused), its type is
 * checked on the open descriptor (no race with a swap after a check by name), and at most
 * `maxBytes + 1` bytes are read.
 */
export function readRegularFile(path: string, maxBytes: number): FileRead {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0));
  } catch (error) {
    return { ok: false, refusal: { kind: 'error', code: (error as NodeJS.ErrnoException).code ?? 'unreadable' } };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, refusal: { kind: 'not-regular', what: kindOf(stat) } };
    if (stat.size > maxBytes) return { ok: false, refusal: { kind: 'too-large' } };
    const buffer = Buffer.alloc(maxBytes + 1);
    let length = 0;
    // A file that grows while it is read stops at the bound all the same.
    for (let read = -1; read !== 0 && length <= maxBytes; length += read) read = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > maxBytes) return { ok: false, refusal: { kind: 'too-large' } };
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (error) {
    return { ok: false, refusal: { kind: 'error', code: (error as NodeJS.ErrnoException).code ?? 'unreadable' } };
  } finally {
    closeSync(fd);
  }
}

/** The refusal in words, for a message that goes on with what to give instead. */
export const describeRefusal = (refusal: FileRefusal, maxBytes: number): string =>
  refusal.kind === 'error' ? refusal.code : refusal.kind === 'not-regular' ? `${refusal.what}, not a regular file` : `larger than ${maxBytes} bytes`;
