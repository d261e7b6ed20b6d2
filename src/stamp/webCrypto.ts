/**
 * SHA-256 through Web Crypto (`crypto.subtle`), the same in Node 20, the browser's check page and its
 * worker, and the task pane: the hash the core's stamp is handed.
 */
import type { Sha256 } from '../core/stamp';

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/**
 * @example
 * await webSha256('abc') // → 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 */
export const webSha256: Sha256 = async (text) => {
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  let hex = '';
  for (const byte of digest) hex += HEX[byte];
  return hex;
};
