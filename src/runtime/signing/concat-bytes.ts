/** `head` followed by `tail`, in one new array (what Web Crypto and ed25519 take whole). */
export function concatBytes(head: Uint8Array, tail: Uint8Array): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(head.byteLength + tail.byteLength);
  bytes.set(head, 0);
  bytes.set(tail, head.byteLength);
  return bytes;
}
