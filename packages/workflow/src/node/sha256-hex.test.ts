import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sha256Hex as resolved } from '#sha256-hex';
import { sha256Hex as portable } from '../sha256-hex';
import { sha256Hex } from './sha256-hex';

// Any UTF-16 code units, lone surrogates included (fc.string's 'binary' unit is slow to generate).
const utf16 = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 300 })
  .map((units) => String.fromCharCode(...units));

describe('SHA-256 through node:crypto', () => {
  afterEach(() => {
    vi.doUnmock('node:crypto');
    vi.resetModules();
  });

  it('is what #sha256-hex resolves to under Node, and the portable one is not', () => {
    expect(resolved).toBe(sha256Hex);
    expect(resolved).not.toBe(portable);
  });

  it('equals the portable pure-JS digest on any string, lone surrogates and non-BMP text included (property)', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    fc.assert(
      fc.property(fc.oneof(utf16, fc.string({ unit: 'grapheme', maxLength: 60 })), (s) => {
        expect(sha256Hex(s)).toBe(portable(s));
      }),
      { numRuns: 300 },
    );
  });

  it('falls back to createHash where the runtime has no one-shot crypto.hash', async () => {
    vi.resetModules();
    const createHash = vi.fn();
    vi.doMock('node:crypto', async (original) => {
      const real = await original<typeof import('node:crypto')>();
      createHash.mockImplementation(real.createHash);
      return { ...real, hash: undefined, createHash };
    });
    const { sha256Hex: fallback } = await import('./sha256-hex');
    expect(fallback).not.toBe(sha256Hex);
    for (const s of ['', 'abc', '材料齐全', 'a'.repeat(1000), '\ud800x']) expect(fallback(s)).toBe(portable(s));
    expect(createHash).toHaveBeenCalledTimes(5);
  });
});
