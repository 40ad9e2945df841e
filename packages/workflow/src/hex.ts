const encoder = /* @__PURE__ */ new TextEncoder();

/** The UTF-8 bytes of a string. */
export const utf8 = (text: string): Uint8Array => encoder.encode(text);

/** Lower-case hex of bytes. */
export const hex = (bytes: Uint8Array): string => {
  let out = '';
  for (const b of bytes) out += (b < 16 ? '0' : '') + b.toString(16);
  return out;
};
