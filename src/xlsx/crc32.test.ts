import { updateCrc32 } from './crc32';

describe('updateCrc32', () => {
  it('gives the standard check value, whole or in pieces', () => {
    const bytes = new TextEncoder().encode('123456789');
    expect(updateCrc32(0, bytes) >>> 0).toBe(0xcbf43926);
    expect(updateCrc32(updateCrc32(0, bytes.subarray(0, 4)), bytes.subarray(4)) >>> 0).toBe(0xcbf43926);
    expect(updateCrc32(0, new Uint8Array()) >>> 0).toBe(0);
  });
});
