import { execFileSync } from 'node:child_process';
import { renderCertificatePdf, type CertificateData } from './certificate-pdf';

interface TextPiece {
  str: string;
  x: number;
  y: number;
  width: number;
  upright: boolean;
}

/**
 * Reads the text back out of PDFs with PDF.js, the way a viewer's search or copy would: through each
 * font's ToUnicode map, so Chinese only comes back if it was embedded right. PDF.js is ESM and loads its
 * worker with import(), which jest's module sandbox cannot do without --experimental-vm-modules, so it
 * runs in a plain node child process; one call reads all the PDFs given.
 */
function extractPieces(pdfs: Buffer[]): TextPiece[][][] {
  const script = `
    const { pathToFileURL } = require('node:url');
    let input = '';
    process.stdin.setEncoding('utf8').on('data', (chunk) => (input += chunk)).on('end', async () => {
      const pdfjs = await import(pathToFileURL(${JSON.stringify(require.resolve('pdfjs-dist/legacy/build/pdf.mjs'))}).href);
      const documents = [];
      for (const base64 of JSON.parse(input)) {
        const data = new Uint8Array(Buffer.from(base64, 'base64'));
        const pdf = await pdfjs.getDocument({ data, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
        const pages = [];
        for (let n = 1; n <= pdf.numPages; n += 1) {
          const { items } = await (await pdf.getPage(n)).getTextContent();
          pages.push(items.filter((item) => 'str' in item && item.str.trim()).map((item) => ({
            str: item.str, x: item.transform[4], y: item.transform[5], width: item.width,
            upright: item.transform[1] === 0 && item.transform[2] === 0,
          })));
        }
        await pdf.destroy();
        documents.push(pages);
      }
      process.stdout.write(JSON.stringify(documents));
    });`;
  const output = execFileSync(process.execPath, ['-e', script], {
    input: JSON.stringify(pdfs.map((pdf) => pdf.toString('base64'))),
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(output.toString('utf8')) as TextPiece[][][];
}

/** Upright pieces grouped into lines by baseline, top to bottom, each left to right. */
function linesOf(pieces: TextPiece[]): TextPiece[][] {
  const upright = pieces.filter((piece) => piece.upright).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: TextPiece[][] = [];
  for (const piece of upright) {
    const line = lines.find((candidate) => Math.abs(candidate[0].y - piece.y) <= 1.5);
    if (line) line.push(piece);
    else lines.push([piece]);
  }
  return lines.map((line) => line.sort((a, b) => a.x - b.x));
}

/** A page's text as a reader sees it: lines in order, then anything drawn at an angle (the watermark). */
function pageText(pieces: TextPiece[]): string {
  const lines = linesOf(pieces).map((line) => line.map((piece) => piece.str).join(' '));
  const angled = pieces.filter((piece) => !piece.upright).map((piece) => piece.str);
  return [...lines, ...angled].join('\n');
}

const certificate: CertificateData = {
  certificateNumber: 'LK-2026-000123',
  volunteer: {
    name: '张堃喆',
    identifierType: 'student_number',
    identifier: '2023110101',
    volunteerNumber: 'V2026-0042',
  },
  totalVerifiedHours: '19.50',
  services: [
    {
      date: '2026-09-15',
      activity: '心理健康宣传周校园咨询台',
      organisation: '复旦大学心理健康教育中心',
      hours: '4.00',
    },
    {
      date: '2026-09-08',
      activity: '社区老年人健康筛查',
      organisation: '枫林街道社区卫生服务中心',
      hours: 3.5,
    },
    { date: '2026-09-20', activity: '龐村社区图书角整理', organisation: '长宁区图书馆', hours: '8.00' },
    {
      date: '2026-10-03',
      activity: 'Campus Run water station',
      organisation: 'Fudan Volunteers',
      hours: '4',
    },
  ],
  issuer: {
    organisation: '复旦大学青年志愿者协会',
    personInCharge: '李明',
    handler: '王芳',
    contact: '021-6564 2222',
  },
  issuedOn: '2026-10-10',
  verificationUrl: 'https://linkage.example.cn/verify',
  generatedAt: new Date('2026-10-10T02:00:00Z'),
};

const revoked: CertificateData = {
  ...certificate,
  revocation: { revokedOn: '2026-11-01', reason: '服务记录经复核有误，已重新出具' },
};

const long: CertificateData = {
  ...certificate,
  // 龐 comes from another file of the font than the rest, so the right-aligned running head mixes faces.
  volunteer: { name: '龐大海', identifierType: 'resident_id', identifier: '65010219990101002X' },
  totalVerifiedHours: '120.00',
  services: Array.from({ length: 40 }, (_, i) => ({
    date: `2026-${String(1 + Math.floor(i / 4)).padStart(2, '0')}-${String(1 + (i % 4) * 7).padStart(2, '0')}`,
    activity: `第${i + 1}次为独居老人送餐`,
    organisation: '枫林街道志愿服务站',
    hours: '3.00',
  })),
};

/** Text with the spaces and line breaks PDF.js puts between pieces taken out. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

describe('renderCertificatePdf', () => {
  let pdf: Buffer;
  let documents: TextPiece[][][];
  let pages: string[];
  let revokedPages: string[];
  let longPages: string[];

  beforeAll(async () => {
    const pdfs = await Promise.all([certificate, revoked, long].map((data) => renderCertificatePdf(data)));
    pdf = pdfs[0];
    documents = extractPieces(pdfs);
    [pages, revokedPages, longPages] = documents.map((document) => document.map(pageText));
  }, 30_000);

  it('never draws two pieces of text over each other on a line', () => {
    const overlaps = documents.flatMap((document, d) =>
      document.flatMap((page, p) =>
        linesOf(page).flatMap((line) =>
          line
            .slice(1)
            .flatMap((piece, i) =>
              line[i].x + line[i].width > piece.x + 0.5
                ? [`document ${d} page ${p + 1}: "${line[i].str}" runs into "${piece.str}"`]
                : [],
            ),
        ),
      ),
    );
    expect(overlaps).toEqual([]);
  });

  it('is a small one-page PDF with only the glyphs used embedded', () => {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pages).toHaveLength(1);
    // The full Noto Sans SC files are megabytes; subsets of the ~150 glyphs used are a few kilobytes each.
    expect(pdf.length).toBeLessThan(80_000);
    const fonts = pdf.toString('latin1').match(/\/BaseFont \/[A-Z]{6}\+NotoSansSC[^\s/]*/g) ?? [];
    expect(fonts.length).toBeGreaterThanOrEqual(2); // regular and bold, plus the slice holding 龐
    expect(pdf.toString('latin1')).not.toMatch(/\/BaseFont \/(?![A-Z]{6}\+)/); // no font embedded whole
  });

  it.each([
    ['the title', '志愿服务记录证明'],
    ['the English title', 'Volunteer Service Record Certificate'],
    ['the certificate number', '证书编号 Certificate No. LK-2026-000123'],
    ['the volunteer name', '张堃喆'],
    ['the national volunteer number', '全国志愿者统一编号 V2026-0042'],
    ['the total', '19.50 小时'],
    [
      'the certifying sentence',
      '兹证明 张堃喆 参加了下列志愿服务活动，服务时长经记录单位核实，累计 19.50 小时。',
    ],
    ['a service row', '2026-09-08 社区老年人健康筛查 枫林街道社区卫生服务中心 3.50'],
    ['a service row', '2026-09-15 心理健康宣传周校园咨询台 复旦大学心理健康教育中心 4.00'],
    [
      'a row with a character from a fallback slice of the font',
      '2026-09-20 龐村社区图书角整理 长宁区图书馆 8.00',
    ],
    ['a row in English', '2026-10-03 Campus Run water station Fudan Volunteers 4.00'],
    ['the total row', '合计 Total 19.50'],
    ['the issuer', '出具单位：'],
    ['the issuer', '复旦大学青年志愿者协会'],
    ['the person in charge', '李明'],
    ['the handler', '王芳'],
    ['the issue date', '2026年10月10日（2026-10-10）'],
    ['the closing', '特此证明。'],
    ['the seal placeholder', '（盖章）'],
    ['where to verify', '本证明可凭证书编号 LK-2026-000123 在 https://linkage.example.cn/verify 查验真伪。'],
    ['the page number', '第 1 页 / 共 1 页'],
  ])('shows %s: %s', (_what, expected) => {
    expect(squeeze(pages[0])).toContain(squeeze(expected));
  });

  it('lists the services oldest first', () => {
    const text = squeeze(pages[0]);
    const order = ['2026-09-08', '2026-09-15', '2026-09-20', '2026-10-03'].map((date) => text.indexOf(date));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order[0]).toBeGreaterThan(-1);
  });

  it('never shows the full student number', () => {
    expect(pages.join('')).not.toContain('2023110101');
  });

  it('shows the national volunteer number instead of the student number, and the masked number without it', () => {
    expect(squeeze(pages[0])).not.toContain('学号');
    expect(squeeze(pages[0])).not.toContain('2023****01');
    expect(squeeze(longPages[0])).toContain(squeeze('居民身份证号码 6501************2X'));
    expect(longPages.join('')).not.toContain('全国志愿者统一编号');
  });

  it('says nothing of revocation when not revoked', () => {
    expect(pages.join('')).not.toMatch(/已撤销|REVOKED/);
  });

  it.each([
    ['the notice', '已撤销 / REVOKED'],
    ['the date', '本证明已于 2026年11月1日 撤销，不再作为志愿服务证明使用。'],
    ['the reason', '撤销原因 Reason：服务记录经复核有误，已重新出具'],
    ['the watermark', '已撤销 REVOKED'],
  ])('marks a revoked certificate with %s', (_what, expected) => {
    expect(squeeze(revokedPages[0])).toContain(squeeze(expected));
  });

  it('marks every page of a revoked certificate', () => {
    for (const page of revokedPages) expect(squeeze(page)).toContain('已撤销REVOKED');
  });

  it('runs a long record over several pages, each numbered and with the column headings', () => {
    expect(longPages.length).toBeGreaterThan(1);
    longPages.forEach((page, i) => {
      const text = squeeze(page);
      expect(text).toContain('证书编号CertificateNo.LK-2026-000123');
      expect(text).toContain(squeeze(`第 ${i + 1} 页 / 共 ${longPages.length} 页`));
      if (i > 0) expect(text).toContain('志愿服务记录证明（续）·龐大海·证书编号CertificateNo.LK-2026-000123');
    });
    const all = squeeze(longPages.join(''));
    for (let n = 1; n <= 40; n += 1) expect(all).toContain(`第${n}次为独居老人送餐`);
    expect(all).toContain('合计Total120.00');
    expect(all).toContain('居民身份证号码');
    expect(all).toContain('6501************2X');
    expect(longPages.slice(0, -1).every((page) => page.includes('活动名称'))).toBe(true);
  });

  it('renders the same bytes for the same certificate and creation time', async () => {
    expect((await renderCertificatePdf(certificate)).equals(pdf)).toBe(true);
  });

  it.each<[string, Partial<CertificateData>]>([
    ['a total that differs from the services', { totalVerifiedHours: '20.00' }],
    ['a service date that is not a date', { services: [{ ...certificate.services[0], date: '2026-02-30' }] }],
    ['an issue date in another format', { issuedOn: '10/10/2026' }],
    ['no certificate number', { certificateNumber: ' ' }],
    ['no verification URL', { verificationUrl: '' }],
    ['hours that are not a number', { services: [{ ...certificate.services[0], hours: 'four' }] }],
  ])('refuses %s', async (_name, change) => {
    await expect(renderCertificatePdf({ ...certificate, ...change })).rejects.toThrow();
  });

  it('refuses a certificate without a volunteer name', async () => {
    await expect(
      renderCertificatePdf({ ...certificate, volunteer: { ...certificate.volunteer, name: '' } }),
    ).rejects.toThrow(RangeError);
  });
});
