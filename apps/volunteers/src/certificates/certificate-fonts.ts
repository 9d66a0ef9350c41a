import { readFileSync } from 'node:fs';
import type * as Fontkit from 'fontkit';
import { woffToSfnt } from './woff-to-sfnt';

/**
 * Noto Sans SC from the @fontsource/noto-sans-sc package, so certificates render the same on any
 * machine with nothing but npm packages installed. The package splits the font into files: one
 * "chinese-simplified" file with the ~8,000 characters of everyday Simplified Chinese plus Latin
 * letters and digits, then Latin, Cyrillic and Vietnamese files and ~100 numbered slices that together
 * hold the rest (traditional and rare characters seen in names, such as 龐). A character goes to the first file that
 * has it; pdfkit embeds only the glyphs used from each.
 */

export type CertificateFontWeight = 400 | 700;

export interface FontFace {
  /** The name the face is registered under in a PDF document. */
  readonly key: string;
  /** The font as an sfnt (TrueType), ready for pdfkit. */
  readonly data: Buffer;
}

export interface TextRun {
  face: FontFace;
  text: string;
}

interface FaceSource {
  key: string;
  file: string;
  covers(codePoint: number): boolean;
}

const PACKAGE = '@fontsource/noto-sans-sc';
let fontkit: typeof Fontkit | undefined;

/**
 * Loads fontkit, which reads the fonts' glyph tables. Like pdfkit, it comes with the first certificate,
 * not with the service (~5 MB resident, issue 15). Await it once before using anything below.
 */
export async function loadCertificateFonts(): Promise<void> {
  fontkit ??= await import('fontkit');
}

const faces = new Map<string, FontFace>();
const sourcesByWeight = new Map<CertificateFontWeight, FaceSource[]>();

function fontFile(name: string): string {
  return require.resolve(`${PACKAGE}/files/${name}`);
}

/** Loads a face once per process: a WOFF read, inflated and cached as an sfnt (2.5 MB for the main one). */
function load(source: FaceSource): FontFace {
  let face = faces.get(source.key);
  if (!face) {
    face = { key: source.key, data: woffToSfnt(readFileSync(source.file)) };
    faces.set(source.key, face);
  }
  return face;
}

/**
 * A file of the font. The CSS unicode-range, where there is one, only says which file to open: the
 * file's own cmap decides, since a range may name characters the file has no glyph for.
 */
function source(key: string, fileName: string, unicodeRange?: string): FaceSource {
  const inRange = unicodeRange ? parseUnicodeRange(unicodeRange) : () => true;
  let font: Fontkit.Font | undefined;
  const face: FaceSource = {
    key,
    file: fontFile(fileName),
    covers(codePoint) {
      if (!inRange(codePoint)) return false;
      if (!fontkit) throw new Error('The certificate fonts are used before loadCertificateFonts().');
      font ??= fontkit.create(load(face).data) as Fontkit.Font;
      return font.hasGlyphForCodePoint(codePoint);
    },
  };
  return face;
}

function sourcesFor(weight: CertificateFontWeight): FaceSource[] {
  let sources = sourcesByWeight.get(weight);
  if (sources) return sources;

  const main = source(`NotoSansSC-${weight}`, `noto-sans-sc-chinese-simplified-${weight}-normal.woff`);
  // unicode.json maps each other file ("latin", "[57]", …) to the CSS unicode-range it holds.
  const ranges = JSON.parse(readFileSync(require.resolve(`${PACKAGE}/unicode.json`), 'utf8')) as Record<
    string,
    string
  >;
  const named = ['latin', 'latin-ext', 'cyrillic', 'vietnamese'].filter((name) => name in ranges);
  const slices = Object.keys(ranges)
    .map((name) => /^\[(\d+)\]$/.exec(name)?.[1])
    .filter((slice) => slice !== undefined)
    .sort((a, b) => Number(a) - Number(b));
  sources = [
    main,
    ...named.map((name) =>
      source(`NotoSansSC-${weight}-${name}`, `noto-sans-sc-${name}-${weight}-normal.woff`, ranges[name]),
    ),
    ...slices.map((slice) =>
      source(
        `NotoSansSC-${weight}-s${slice}`,
        `noto-sans-sc-${slice}-${weight}-normal.woff`,
        ranges[`[${slice}]`],
      ),
    ),
  ];
  sourcesByWeight.set(weight, sources);
  return sources;
}

/** A CSS unicode-range ("U+4e00-4e20,U+3000") as a membership test. */
export function parseUnicodeRange(range: string): (codePoint: number) => boolean {
  const spans = range.split(',').map((part) => {
    const match = /^\s*U\+([0-9a-f]+)(?:-([0-9a-f]+))?\s*$/i.exec(part);
    if (!match) throw new RangeError(`Not a unicode-range part: "${part}"`);
    const first = parseInt(match[1], 16);
    return [first, match[2] ? parseInt(match[2], 16) : first] as const;
  });
  return (codePoint) => spans.some(([first, last]) => codePoint >= first && codePoint <= last);
}

/** Characters that need no glyph: whitespace and controls are laid out, not drawn. */
function needsGlyph(codePoint: number): boolean {
  return !/[\s\p{Cc}\p{Cf}]/u.test(String.fromCodePoint(codePoint));
}

function sourceFor(codePoint: number, weight: CertificateFontWeight): FaceSource | undefined {
  const sources = sourcesFor(weight);
  if (!needsGlyph(codePoint)) return sources[0];
  return sources.find((source) => source.covers(codePoint));
}

/**
 * Splits text into runs, each drawn with a face that has its glyphs. Characters no face has stay with
 * the main face (they would show as empty boxes; see `unsupportedCharacters`).
 */
export function fontRuns(text: string, weight: CertificateFontWeight = 400): TextRun[] {
  const main = sourcesFor(weight)[0];
  const runs: { source: FaceSource; text: string }[] = [];
  for (const char of text) {
    const source = sourceFor(char.codePointAt(0) ?? 0, weight) ?? main;
    const last = runs[runs.length - 1];
    if (last?.source === source) last.text += char;
    else runs.push({ source, text: char });
  }
  return runs.map(({ source, text: runText }) => ({ face: load(source), text: runText }));
}

/** The main face of a weight, for measuring text. */
export function mainFace(weight: CertificateFontWeight = 400): FontFace {
  return load(sourcesFor(weight)[0]);
}

/** The distinct characters of the texts that no bundled face can draw (e.g. Tibetan or Uyghur script). */
export function unsupportedCharacters(
  texts: Iterable<string>,
  weight: CertificateFontWeight = 400,
): string[] {
  const missing = new Set<string>();
  for (const text of texts) {
    for (const char of text) {
      if (!sourceFor(char.codePointAt(0) ?? 0, weight)) missing.add(char);
    }
  }
  return [...missing];
}
