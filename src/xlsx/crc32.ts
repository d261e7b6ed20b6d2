/**
 * CRC-32 as zip archives store it for each part, computed piece by piece while a part is unpacked: a part
 * whose bytes were changed (a flipped bit can still unpack into different, well-formed XML, with another
 * number in a cell) is then known to be damaged instead of being read as if it were the workbook.
 */

let table: Int32Array | undefined;

function crcTable(): Int32Array {
  if (table) return table;
  table = new Int32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
}

/**
 * The running CRC after `bytes`; start from 0, and compare the end result (as an unsigned number) with
 * the zip's.
 *
 * @example
 * updateCrc32(0, new TextEncoder().encode('123456789')) >>> 0 // → 0xcbf43926
 */
export function updateCrc32(crc: number, bytes: Uint8Array): number {
  const t = crcTable();
  let c = ~crc;
  for (let i = 0; i < bytes.length; i += 1) c = t[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return ~c;
}
