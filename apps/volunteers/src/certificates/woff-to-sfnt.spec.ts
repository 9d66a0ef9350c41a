import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import * as fontkit from 'fontkit';
import { woffToSfnt } from './woff-to-sfnt';

/** A WOFF with the given tables, each compressed when that makes it smaller, as the spec says. */
function woffOf(tables: Record<string, Buffer>, flavor = 0x00010000): Buffer {
  const entries = Object.entries(tables).map(([tag, data]) => {
    const packed = deflateSync(data);
    return { tag, data, stored: packed.length < data.length ? packed : data };
  });
  const header = Buffer.alloc(44 + entries.length * 20);
  header.write('wOFF', 0, 'latin1');
  header.writeUInt32BE(flavor, 4);
  header.writeUInt16BE(entries.length, 12);
  let offset = header.length;
  entries.forEach((entry, i) => {
    const at = 44 + i * 20;
    header.write(entry.tag, at, 'latin1');
    header.writeUInt32BE(offset, at + 4);
    header.writeUInt32BE(entry.stored.length, at + 8);
    header.writeUInt32BE(entry.data.length, at + 12);
    header.writeUInt32BE(0x12345678 + i, at + 16);
    offset += entry.stored.length;
  });
  const woff = Buffer.concat([header, ...entries.map((entry) => entry.stored)]);
  woff.writeUInt32BE(woff.length, 8);
  return woff;
}

function tableOf(sfnt: Buffer, tag: string): Buffer | undefined {
  const count = sfnt.readUInt16BE(4);
  for (let i = 0; i < count; i += 1) {
    const record = 12 + i * 16;
    if (sfnt.toString('latin1', record, record + 4) === tag) {
      const offset = sfnt.readUInt32BE(record + 8);
      return sfnt.subarray(offset, offset + sfnt.readUInt32BE(record + 12));
    }
  }
  return undefined;
}

describe('woffToSfnt', () => {
  it.each([
    ['one stored table', { 'cvt ': Buffer.from([1, 2, 3]) }],
    ['compressed and stored tables', { glyf: Buffer.alloc(4000, 7), head: Buffer.from('head table!') }],
    [
      'tags out of order',
      { name: Buffer.alloc(900, 1), OS_2: Buffer.alloc(96, 2), cmap: Buffer.alloc(64, 3) },
    ],
  ])('%s come back byte for byte, sorted and 4-byte aligned', (_name, tables) => {
    const sfnt = woffToSfnt(woffOf(tables));
    expect(sfnt.readUInt32BE(0)).toBe(0x00010000);
    expect(sfnt.readUInt16BE(4)).toBe(Object.keys(tables).length);
    const tags = Array.from({ length: sfnt.readUInt16BE(4) }, (_, i) =>
      sfnt.toString('latin1', 12 + i * 16, 16 + i * 16),
    );
    expect(tags).toEqual([...tags].sort());
    for (const [tag, data] of Object.entries(tables)) {
      expect(tableOf(sfnt, tag)).toEqual(data);
    }
    for (let i = 0; i < tags.length; i += 1) expect(sfnt.readUInt32BE(12 + i * 16 + 8) % 4).toBe(0);
  });

  it('keeps the flavour (OpenType CFF)', () => {
    expect(woffToSfnt(woffOf({ 'CFF ': Buffer.alloc(8) }, 0x4f54544f)).toString('latin1', 0, 4)).toBe('OTTO');
  });

  it.each([
    ['not a WOFF', Buffer.from('OTTO plus some bytes, but long enough to have a header of 44 bytes')],
    ['a WOFF2', Buffer.concat([Buffer.from('wOF2'), Buffer.alloc(60)])],
    ['too short', Buffer.from('wOFF')],
    ['a table past the end', woffOf({ glyf: Buffer.alloc(100, 1) }).subarray(0, 60)],
  ])('refuses %s', (_name, data) => {
    expect(() => woffToSfnt(data)).toThrow(RangeError);
  });

  it('unpacks the bundled Noto Sans SC into a font fontkit reads like the original', () => {
    const path =
      require.resolve('@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff');
    const original = fontkit.create(readFileSync(path)) as fontkit.Font;
    const unpacked = fontkit.create(woffToSfnt(readFileSync(path))) as fontkit.Font;
    expect(unpacked.type).toBe('TTF');
    expect(unpacked.numGlyphs).toBe(original.numGlyphs);
    for (const char of '志愿服务证明 2023 ABC') {
      const codePoint = char.codePointAt(0) ?? 0;
      const a = original.glyphForCodePoint(codePoint);
      const b = unpacked.glyphForCodePoint(codePoint);
      expect([b.id, b.advanceWidth, b.path.toSVG()]).toEqual([a.id, a.advanceWidth, a.path.toSVG()]);
    }
  });
});
