/**
 * The parts of an .xlsx package (a zip archive), each read as a stream of text so that a part is never
 * held whole: memory stays flat however many rows a sheet has, and unpacking stops at the budget's limit.
 * Part names are compared without regard to case, as the package format (OPC) says.
 */
import JSZip from 'jszip';
import type { ReadBudget } from './readBudget';
import { damaged, DamagedPart, LimitPassed, TimeLimitPassed } from './readProblem';
import { MAX_TEXT_RUN_BYTES } from './readLimits';
import { updateCrc32 } from './crc32';

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_ENTRY_SIGNATURE = 0x02014b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const LESS_THAN = 0x3c;

/**
 * JSZip documents internalStream (a pausable stream of the unpacked bytes) but its types leave it out;
 * the checksum the zip declares for a part it keeps in `_data` (JSZip is pinned: this does not move).
 */
type StreamingEntry = JSZip.JSZipObject & {
  internalStream(type: 'uint8array'): JSZip.JSZipStreamHelper<Uint8Array>;
  _data?: { crc32?: unknown };
};

export class ZipPackage {
  private constructor(private readonly parts: Map<string, JSZip.JSZipObject | 'ambiguous'>) {}

  /**
   * Opens the zip's directory (nothing is unpacked yet). Throws DamagedPart when the bytes are not a
   * complete zip, LimitPassed when it declares or holds more parts than the limit.
   *
   * @example
   * const zip = await ZipPackage.open(bytes, budget);
   * zip.has('xl/workbook.xml'); // → true
   */
  static async open(bytes: Uint8Array, budget: ReadBudget): Promise<ZipPackage> {
    const declared = declaredEntryCount(bytes);
    if (declared === null) throw damaged('read.zip.incomplete');
    if (declared > budget.limits.maxParts) {
      throw new LimitPassed({ key: 'read.limit.parts', params: { limit: budget.limits.maxParts } });
    }
    // The end record may understate: JSZip reads every directory entry there is, whatever it declares
    // (1.8 million entries declared as 5 took it 12 s and 1 GB). Count them first, stopping past the limit.
    if (directoryEntriesPast(bytes, budget.limits.maxParts)) {
      throw new LimitPassed({ key: 'read.limit.parts', params: { limit: budget.limits.maxParts } });
    }
    budget.checkTime();
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(bytes);
    } catch {
      throw damaged('read.zip.damaged');
    }
    const parts = new Map<string, JSZip.JSZipObject | 'ambiguous'>();
    zip.forEach((_, entry) => {
      if (entry.dir) return;
      const key = partKey(entry.name);
      parts.set(key, parts.has(key) ? 'ambiguous' : entry);
    });
    if (parts.size > budget.limits.maxParts) {
      throw new LimitPassed({ key: 'read.limit.parts', params: { limit: budget.limits.maxParts } });
    }
    budget.checkTime();
    return new ZipPackage(parts);
  }

  /** Whether the package holds a part of this name. */
  has(name: string): boolean {
    return this.parts.has(partKey(name));
  }

  /**
   * Unpacks a part and hands its text to `sink` piece by piece, in order. Throws DamagedPart naming the
   * part when it is missing, cannot be unpacked, or holds a run of text longer than any cell's; whatever
   * `sink` throws stops the unpacking and is thrown on.
   *
   * @example
   * await zip.streamText('xl/workbook.xml', (text) => parser.write(text), budget);
   */
  streamText(name: string, sink: (text: string) => void, budget: ReadBudget): Promise<void> {
    const entry = this.parts.get(partKey(name));
    if (entry === undefined) return Promise.reject(damaged('read.part.missing', { part: name }));
    if (entry === 'ambiguous') return Promise.reject(damaged('read.part.ambiguous', { part: name }));
    return new Promise<void>((resolve, reject) => {
      let decoder: InstanceType<typeof TextDecoder> | undefined;
      let run = 0;
      let crc = 0;
      let stopped = false;
      const declared = (entry as StreamingEntry)._data?.crc32;
      const stream = (entry as StreamingEntry).internalStream('uint8array');
      const stop = (error: unknown): void => {
        if (stopped) return;
        stopped = true;
        stream.pause();
        reject(ownError(error) ? error : damaged('read.part.unpack', { part: name }));
      };
      stream.on('data', (chunk: Uint8Array) => {
        if (stopped) return;
        try {
          budget.spendBytes(chunk.length);
          crc = updateCrc32(crc, chunk);
          run = textRun(chunk, run);
          if (run > MAX_TEXT_RUN_BYTES) throw damaged('read.part.textTooLong', { part: name });
          decoder ??= decoderFor(chunk);
          const text = decoder.decode(chunk, { stream: true });
          if (text !== '') sink(text);
        } catch (error) {
          stop(error);
        }
      });
      stream.on('error', (error: unknown) => stop(error));
      stream.on('end', () => {
        if (stopped) return;
        try {
          if (typeof declared === 'number' && declared >>> 0 !== crc >>> 0) throw damaged('read.part.checksum', { part: name });
          const rest = decoder?.decode() ?? '';
          if (rest !== '') sink(rest);
          stopped = true;
          resolve();
        } catch (error) {
          stop(error);
        }
      });
      stream.resume();
    });
  }

  /** A whole (small) part as text, e.g. the workbook or its relationships. */
  async readText(name: string, budget: ReadBudget): Promise<string> {
    const pieces: string[] = [];
    await this.streamText(name, (text) => pieces.push(text), budget);
    return pieces.join('');
  }
}

/**
 * A part name as compared: without a leading slash, in lower case, and with the backslashes some Windows
 * programs write between its folders read as the slashes they stand for.
 */
export function partKey(name: string): string {
  return name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();
}

function ownError(error: unknown): boolean {
  return error instanceof DamagedPart || error instanceof LimitPassed || error instanceof TimeLimitPassed;
}

/** Bytes since the last `<`, carried over from the chunks before: the longest run of text or attribute. */
function textRun(chunk: Uint8Array, before: number): number {
  const first = chunk.indexOf(LESS_THAN);
  if (first < 0) return before + chunk.length;
  if (before + first > MAX_TEXT_RUN_BYTES) return before + first;
  // Within a chunk no longer than the limit no run can pass it; only a longer chunk needs every gap.
  if (chunk.length > MAX_TEXT_RUN_BYTES) {
    let from = first + 1;
    for (;;) {
      const at = chunk.indexOf(LESS_THAN, from);
      if (at < 0) break;
      if (at - from > MAX_TEXT_RUN_BYTES) return at - from;
      from = at + 1;
    }
  }
  return chunk.length - 1 - chunk.lastIndexOf(LESS_THAN);
}

/** XML parts are UTF-8 unless they start with a UTF-16 byte order mark. */
function decoderFor(first: Uint8Array): InstanceType<typeof TextDecoder> {
  if (first[0] === 0xff && first[1] === 0xfe) return new TextDecoder('utf-16le');
  if (first[0] === 0xfe && first[1] === 0xff) return new TextDecoder('utf-16be');
  return new TextDecoder('utf-8');
}

function uint32(bytes: Uint8Array, at: number): number {
  return (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16)) + bytes[at + 3] * 0x1000000;
}

/**
 * Whether the bytes hold more than `limit` central directory entries. Every entry JSZip can read starts
 * with the entry signature ("PK\x01\x02") at a place of its own, so the signatures anywhere in the file
 * bound what it will read, however the end record and the directory's offsets are forged; counting stops
 * at the first signature past the limit. A signature that happens to sit inside packed data is counted
 * too, which only matters for a file already near the limit (about once in 4 GB of random bytes).
 *
 * @example
 * directoryEntriesPast(bytes, 10_000) // → false for any workbook Excel writes
 */
export function directoryEntriesPast(bytes: Uint8Array, limit: number): boolean {
  let count = 0;
  for (let at = bytes.indexOf(0x50); at >= 0 && at + 4 <= bytes.length; at = bytes.indexOf(0x50, at + 1)) {
    if (uint32(bytes, at) !== CENTRAL_ENTRY_SIGNATURE) continue;
    count += 1;
    if (count > limit) return true;
  }
  return false;
}

/**
 * The number of entries the zip's end record declares, read before the zip library builds its directory
 * (which would cost memory per entry); null when there is no end record (a cut-off file).
 */
function declaredEntryCount(bytes: Uint8Array): number | null {
  const lowest = Math.max(0, bytes.length - EOCD_SIZE - MAX_COMMENT);
  for (let at = bytes.length - EOCD_SIZE; at >= lowest; at -= 1) {
    if (bytes[at] !== 0x50 || uint32(bytes, at) !== EOCD_SIGNATURE) continue;
    const count = bytes[at + 10] | (bytes[at + 11] << 8);
    if (count !== 0xffff) return count;
    // Zip64: the real count is in the zip64 end record, found through the locator just before.
    const locator = at - 20;
    if (locator < 0 || uint32(bytes, locator) !== ZIP64_LOCATOR_SIGNATURE) return count;
    const offset = uint32(bytes, locator + 8) + uint32(bytes, locator + 12) * 0x100000000;
    if (offset + 40 > bytes.length || uint32(bytes, offset) !== ZIP64_EOCD_SIGNATURE) return null;
    return uint32(bytes, offset + 32) + uint32(bytes, offset + 36) * 0x100000000;
  }
  return null;
}
