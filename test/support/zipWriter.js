/**
 * A small zip writer for test and benchmark packages, independent of the zip library Målkoll reads with
 * (so a fixture is never shaped by the code under test), and fast for the hostile sizes (hundreds of
 * megabytes of repeated text deflate in well under a second with Node's zlib). Plain CommonJS so that
 * bench/ (JavaScript) and the tests (TypeScript, through zipWriter.d.ts) share it.
 */
'use strict';
const zlib = require('zlib');

let table;

/** CRC-32 as zip stores it; zlib's own where this Node has it. */
function crc32(data) {
  if (typeof zlib.crc32 === 'function') return zlib.crc32(data) >>> 0;
  table =
    table ||
    Int32Array.from({ length: 256 }, (_, n) => {
      let c = n;
      for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      return c;
    });
  let crc = -1;
  for (let i = 0; i < data.length; i += 1) crc = table[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

/**
 * The bytes of a zip archive holding `entries` ([name, content, declaredCrc?]) in order, each deflated.
 * Names may repeat, and a declared CRC that does not match can be given: tests build damaged packages.
 *
 * @example
 * writeZip([['xl/workbook.xml', '<workbook/>']]) // → Buffer starting with "PK\x03\x04"
 */
function writeZip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, content, declaredCrc] of entries) {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
    const packed = zlib.deflateRawSync(data, { level: 6 });
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = declaredCrc === undefined ? crc32(data) : declaredCrc >>> 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * A zip whose end record declares `declared` entries while its central directory holds `entries`, each
 * naming one tiny stored part (all the same one): what a zip library that trusts the directory reads in full.
 * About 47 bytes an entry, so a million entries is under 50 MB.
 *
 * @example
 * understatedZip(20_000) // → a zip declaring 5 entries and holding 20 000
 */
function understatedZip(entries, declared = 5) {
  const name = Buffer.from('a');
  const data = Buffer.from('x');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(10, 4);
  local.writeUInt32LE(crc32(data), 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46 + name.length);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(10, 6);
  central.writeUInt32LE(crc32(data), 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(name.length, 28);
  name.copy(central, 46);
  const head = Buffer.concat([local, name, data]);
  const directory = Buffer.alloc(central.length * entries);
  for (let i = 0; i < entries; i += 1) central.copy(directory, i * central.length);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(declared, 8);
  end.writeUInt16LE(declared, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(head.length, 16);
  return Buffer.concat([head, directory, end]);
}

module.exports = { writeZip, crc32, understatedZip };
