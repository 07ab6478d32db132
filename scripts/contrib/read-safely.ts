// Reading a partner's file from disk without trusting it: only a regular file is opened (a
// link to /proc/self/environ, a FIFO or /dev/zero is refused by its name, before opening),
// opened without following links and without blocking, checked again once open, and read
// up to a limit, never further, whatever size the file claims.

import { constants } from 'node:fs';
import { lstat, open, stat } from 'node:fs/promises';
import { ReadError } from '../../src/lib/contrib/limits.ts';

function kindOf(s: { isSymbolicLink(): boolean; isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean; isDirectory(): boolean }) {
  if (s.isSymbolicLink()) return { fr: 'un lien symbolique', en: 'a symbolic link' };
  if (s.isFIFO()) return { fr: 'un tube nommé (FIFO)', en: 'a named pipe (FIFO)' };
  if (s.isCharacterDevice() || s.isBlockDevice()) return { fr: 'un périphérique', en: 'a device' };
  if (s.isSocket()) return { fr: 'une socket', en: 'a socket' };
  if (s.isDirectory()) return { fr: 'un dossier', en: 'a folder' };
  return { fr: 'un fichier spécial', en: 'a special file' };
}

export interface SafeReadOptions {
  /** Largest number of bytes read; a longer file is refused. */
  limit: number;
  /** Follow a link given explicitly (the command line); never in data/contributions/. */
  followLinks?: boolean;
}

export async function readRegularFile(path: string, { limit, followLinks = false }: SafeReadOptions): Promise<Uint8Array> {
  let info;
  try {
    info = followLinks ? await stat(path) : await lstat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ReadError('missing-file', 'fichier introuvable', 'file not found');
    throw new ReadError('unreadable', 'fichier illisible', 'unreadable file', code);
  }
  if (!info.isFile()) {
    const kind = kindOf(info);
    throw new ReadError('not-a-file', `refusé sans être ouvert : c’est ${kind.fr}, pas un fichier ordinaire`, `refused without opening it: it is ${kind.en}, not a regular file`);
  }
  if (info.size > limit) throw new ReadError('too-large', `fichier de ${info.size} octets (au plus ${limit})`, `file of ${info.size} bytes (at most ${limit})`);
  // O_NOFOLLOW and O_NONBLOCK: if the file was swapped for a link or a FIFO since lstat, the
  // open fails or returns at once instead of following it or hanging.
  const flags = constants.O_RDONLY | constants.O_NONBLOCK | (followLinks ? 0 : constants.O_NOFOLLOW);
  let handle;
  try {
    handle = await open(path, flags);
  } catch (error) {
    throw new ReadError('not-a-file', 'refusé : le fichier a changé de nature pendant la lecture', 'refused: the file changed kind while being read', (error as NodeJS.ErrnoException).code);
  }
  try {
    if (!(await handle.stat()).isFile()) throw new ReadError('not-a-file', 'refusé : ce n’est pas un fichier ordinaire', 'refused: not a regular file');
    // Read at most limit + 1 bytes: /proc files claim size 0, a growing file may lie.
    const buffer = new Uint8Array(limit + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > limit) throw new ReadError('too-large', `fichier de plus de ${limit} octets`, `file larger than ${limit} bytes`);
    }
    return buffer.slice(0, length);
  } finally {
    await handle.close();
  }
}
