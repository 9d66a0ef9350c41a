import { inflateSync } from 'node:zlib';

/**
 * Unpacks a WOFF 1.0 file into the plain TrueType/OpenType font inside it (https://www.w3.org/TR/WOFF/).
 *
 * Why: fontkit, which pdfkit embeds fonts with, cannot subset WOFF2 fonts with TrueType outlines (it
 * reads glyph offsets from the untransformed loca table, so the subset comes out as the whole font or
 * garbage: foliojs/fontkit#201), and with WOFF 1.0 it inflates the whole glyf table again for every glyph
 * it copies, which takes seconds for a CJK font. Unpacked once, the font subsets in milliseconds.
 */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.length < 44 || woff.toString('latin1', 0, 4) !== 'wOFF') {
    throw new RangeError('Not a WOFF 1.0 font (no wOFF signature)');
  }
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  if (44 + numTables * 20 > woff.length) throw new RangeError('WOFF table directory runs past the file');

  const tables = Array.from({ length: numTables }, (_, i) => {
    const entry = 44 + i * 20;
    const tag = woff.toString('latin1', entry, entry + 4);
    const offset = woff.readUInt32BE(entry + 4);
    const compLength = woff.readUInt32BE(entry + 8);
    const origLength = woff.readUInt32BE(entry + 12);
    const checksum = woff.readUInt32BE(entry + 16);
    if (offset + compLength > woff.length) throw new RangeError(`WOFF table ${tag} runs past the file`);
    const stored = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? inflateSync(stored) : stored;
    if (data.length !== origLength) throw new RangeError(`WOFF table ${tag} unpacks to the wrong length`);
    return { tag, checksum, data };
  });
  // The sfnt directory is sorted by tag; WOFF requires the same order, but sorting costs nothing.
  tables.sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));

  const directoryLength = 12 + numTables * 16;
  const size = tables.reduce((sum, table) => sum + pad4(table.data.length), directoryLength);
  const sfnt = Buffer.alloc(size);
  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * 16;
  sfnt.writeUInt32BE(flavor, 0);
  sfnt.writeUInt16BE(numTables, 4);
  sfnt.writeUInt16BE(searchRange, 6);
  sfnt.writeUInt16BE(entrySelector, 8);
  sfnt.writeUInt16BE(numTables * 16 - searchRange, 10);

  let offset = directoryLength;
  tables.forEach((table, i) => {
    const record = 12 + i * 16;
    sfnt.write(table.tag, record, 4, 'latin1');
    sfnt.writeUInt32BE(table.checksum, record + 4);
    sfnt.writeUInt32BE(offset, record + 8);
    sfnt.writeUInt32BE(table.data.length, record + 12);
    table.data.copy(sfnt, offset);
    offset += pad4(table.data.length);
  });
  return sfnt;
}

function pad4(length: number): number {
  return (length + 3) & ~3;
}
