/** Each entry's name and content, and the CRC to declare when a test wants one that does not match. */
export type ZipInput = Array<[name: string, content: string | Uint8Array, declaredCrc?: number]>;

/** The bytes of a zip archive holding `entries` in order, each deflated (see zipWriter.js). */
export function writeZip(entries: ZipInput): Buffer;

/** CRC-32 as zip stores it. */
export function crc32(data: Uint8Array): number;

/** A zip whose end record declares `declared` entries (5 unless given) while its directory holds `entries` (see zipWriter.js). */
export function understatedZip(entries: number, declared?: number): Buffer;
