// pdfkit and fontkit are loaded with the first certificate, not with the service.
import { formatHours, sumHours, type HoursValue } from '../hours/hours-rules';
import { fontRuns, loadCertificateFonts, mainFace, type CertificateFontWeight } from './certificate-fonts';
import { maskIdentifier } from './mask-identifier';

/**
 * The volunteer service-record certificate (志愿服务记录证明) as a PDF. It carries what the 2015 and 2021
 * rules ask of one: the volunteer's identity (name, ID type and masked number, volunteer number), the
 * service (each activity with date, organisation and verified hours, and the total), the issuer
 * (organisation, person in charge, handler, contact), a certificate number and date, room for the seal,
 * and where to verify it. Text is Chinese with English alongside for use abroad.
 */

export type IdentifierType = 'student_number' | 'resident_id' | 'passport' | 'other';

export interface CertificateService {
  /** Local date of the service, YYYY-MM-DD. */
  date: string;
  activity: string;
  organisation: string;
  hours: HoursValue;
}

export interface CertificateData {
  certificateNumber: string;
  volunteer: {
    name: string;
    identifierType: IdentifierType;
    /** The full number: it is masked here, so no caller can forget to. */
    identifier: string;
    /** The national unified volunteer number (全国志愿者统一编号): printed instead of the identifier. */
    volunteerNumber?: string;
  };
  /** Must equal the sum of the services' hours: a certificate that does not add up is refused. */
  totalVerifiedHours: HoursValue;
  services: readonly CertificateService[];
  issuer: { organisation: string; personInCharge?: string; handler?: string; contact?: string };
  /** YYYY-MM-DD. */
  issuedOn: string;
  /** Where anyone can check the certificate by its number. */
  verificationUrl: string;
  revocation?: { revokedOn: string; reason?: string } | null;
  /** The PDF's creation time; fixed, it makes two renderings of the same certificate identical. */
  generatedAt?: Date;
}

const IDENTIFIER_LABELS: Record<IdentifierType, [string, string]> = {
  student_number: ['学号', 'Student No.'],
  resident_id: ['居民身份证号码', 'ID No.'],
  passport: ['护照号码', 'Passport No.'],
  other: ['证件号码', 'ID No.'],
};

const PAGE = { width: 595.28, height: 841.89, margin: 56 }; // A4, 2 cm margins
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
const FOOTER_TOP = PAGE.height - PAGE.margin - 34;
const INK = '#1a1a1a';
const MUTED = '#666666';
const RULE = '#c8c8c8';
const ACCENT = '#8b1a1a';
const REVOKED_RED = '#c62828';

const COLUMNS = [
  { title: '日期', english: 'Date', width: 72, align: 'left' },
  { title: '活动名称', english: 'Activity', width: 181.28, align: 'left' },
  { title: '服务组织', english: 'Organisation', width: 160, align: 'left' },
  { title: '时长（小时）', english: 'Hours', width: 70, align: 'right' },
] as const;
const CELL_PADDING = 5;

export async function renderCertificatePdf(data: CertificateData): Promise<Buffer> {
  const certificate = validated(data);
  const [{ default: PDFDocument }] = await Promise.all([import('pdfkit'), loadCertificateFonts()]);
  const doc = new PDFDocument({
    size: 'A4',
    margin: PAGE.margin,
    bufferPages: true,
    lang: 'zh-CN',
    displayTitle: true,
    info: {
      Title: `志愿服务记录证明 ${certificate.certificateNumber}`,
      Subject: `Volunteer service record of ${certificate.volunteer.name}`,
      Author: certificate.issuer.organisation,
      CreationDate: certificate.generatedAt ?? new Date(),
    },
  });
  const done = collect(doc);
  const text = new CjkText(doc);

  drawHeading(doc, text, certificate);
  drawIdentity(doc, text, certificate);
  drawServices(doc, text, certificate);
  drawIssuer(doc, text, certificate);

  const { start, count } = doc.bufferedPageRange();
  for (let page = start; page < start + count; page += 1) {
    doc.switchToPage(page);
    if (certificate.revocation) drawRevokedWatermark(doc, text);
    drawRunningHead(text, certificate, page - start + 1);
    drawFooter(doc, text, certificate, page - start + 1, count);
  }
  doc.end();
  return done;
}

type Certificate = CertificateData & { totalHours: string };

function validated(data: CertificateData): Certificate {
  const required: [string, string][] = [
    ['certificateNumber', data.certificateNumber],
    ['volunteer.name', data.volunteer.name],
    ['volunteer.identifier', data.volunteer.identifier],
    ['issuer.organisation', data.issuer.organisation],
    ['verificationUrl', data.verificationUrl],
  ];
  for (const [field, value] of required) {
    if (!value?.trim()) throw new RangeError(`A certificate needs ${field}`);
  }
  for (const date of [data.issuedOn, data.revocation?.revokedOn, ...data.services.map((s) => s.date)]) {
    if (date !== undefined) chineseDate(date);
  }
  const totalHours = formatHours(data.totalVerifiedHours);
  const listed = sumHours(data.services.map((service) => service.hours));
  if (listed !== totalHours) {
    throw new RangeError(`The services add up to ${listed} hours but the certificate says ${totalHours}`);
  }
  // Oldest first, as a record reads; sort() is stable, so same-day services keep their order.
  const services = [...data.services].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { ...data, services, totalHours };
}

function drawHeading(doc: PDFKit.PDFDocument, text: CjkText, c: Certificate): void {
  const { margin } = PAGE;
  doc
    .moveTo(margin, margin + 2)
    .lineTo(PAGE.width - margin, margin + 2)
    .lineWidth(1.5)
    .stroke(ACCENT);
  text.write('志愿服务记录证明', margin, margin + 24, {
    size: 26,
    weight: 700,
    color: ACCENT,
    width: CONTENT_WIDTH,
    align: 'center',
    characterSpacing: 6,
  });
  text.write('Volunteer Service Record Certificate', margin, margin + 64, {
    size: 11,
    color: MUTED,
    width: CONTENT_WIDTH,
    align: 'center',
    characterSpacing: 1,
  });
  doc.y = margin + 92;

  if (c.revocation) {
    const top = doc.y;
    const lines = [
      `本证明已于 ${chineseDate(c.revocation.revokedOn)} 撤销，不再作为志愿服务证明使用。`,
      `This certificate was revoked on ${c.revocation.revokedOn} and no longer certifies any service.`,
      ...(c.revocation.reason ? [`撤销原因 Reason：${c.revocation.reason}`] : []),
    ];
    const innerWidth = CONTENT_WIDTH - 24;
    const height =
      30 + lines.reduce((sum, line) => sum + text.height(line, { size: 10, width: innerWidth }) + 2, 0) + 10;
    doc
      .save()
      .lineWidth(1.5)
      .rect(margin, top, CONTENT_WIDTH, height)
      .fillAndStroke('#fdecea', REVOKED_RED)
      .restore();
    text.write('已撤销 / REVOKED', margin + 12, top + 10, { size: 14, weight: 700, color: REVOKED_RED });
    let y = top + 32;
    for (const line of lines) {
      text.write(line, margin + 12, y, { size: 10, color: REVOKED_RED, width: innerWidth });
      y += text.height(line, { size: 10, width: innerWidth }) + 2;
    }
    doc.y = top + height + 14;
  }
}

function drawIdentity(doc: PDFKit.PDFDocument, text: CjkText, c: Certificate): void {
  const { margin } = PAGE;
  const [idLabel, idEnglish] = IDENTIFIER_LABELS[c.volunteer.identifierType];
  const rows: [string, string, string][] = [
    ['姓名', 'Name', c.volunteer.name],
    // The national unified number is the public identifier the standard names: with it, no other number.
    c.volunteer.volunteerNumber
      ? ['全国志愿者统一编号', 'National volunteer No.', c.volunteer.volunteerNumber]
      : [idLabel, idEnglish, maskIdentifier(c.volunteer.identifier)],
    ['累计服务时长', 'Total verified hours', `${c.totalHours} 小时 hours`],
  ];
  const labelWidth = 110;
  const valueWidth = CONTENT_WIDTH - labelWidth;
  let y = doc.y;
  for (const [label, english, value] of rows) {
    text.write(label, margin, y, { size: 11, weight: 700, color: INK });
    text.write(english, margin, y + 14, { size: 7.5, color: MUTED });
    text.write(value, margin + labelWidth, y + 1, { size: 12.5, color: INK, width: valueWidth });
    y += Math.max(30, text.height(value, { size: 12.5, width: valueWidth }) + 10);
  }

  y += 6;
  const statement = `兹证明 ${c.volunteer.name} 参加了下列志愿服务活动，服务时长经记录单位核实，累计 ${c.totalHours} 小时。`;
  text.write(statement, margin, y, { size: 11.5, color: INK, width: CONTENT_WIDTH, lineGap: 3 });
  y += text.height(statement, { size: 11.5, width: CONTENT_WIDTH, lineGap: 3 }) + 3;
  const english =
    `This is to certify that ${c.volunteer.name} took part in the volunteer service listed below, ` +
    `${c.totalHours} hours in total, as verified by the organisations that recorded it.`;
  text.write(english, margin, y, { size: 9, color: MUTED, width: CONTENT_WIDTH });
  doc.y = y + text.height(english, { size: 9, width: CONTENT_WIDTH }) + 14;
}

function drawServices(doc: PDFKit.PDFDocument, text: CjkText, c: Certificate): void {
  const rowTexts = c.services.map((s) => [s.date, s.activity, s.organisation, formatHours(s.hours)]);
  let y = drawTableHeader(doc, text, doc.y);
  rowTexts.forEach((cells, index) => {
    const height = rowHeight(text, cells);
    if (y + height > FOOTER_TOP - 10) {
      doc.addPage();
      y = drawTableHeader(doc, text, PAGE.margin);
    }
    if (index % 2 === 1) doc.save().rect(PAGE.margin, y, CONTENT_WIDTH, height).fill('#f6f4f1').restore();
    drawRow(text, cells, y, { size: 10, color: INK });
    y += height;
    doc
      .moveTo(PAGE.margin, y)
      .lineTo(PAGE.width - PAGE.margin, y)
      .lineWidth(0.5)
      .stroke(RULE);
  });
  if (rowTexts.length === 0) {
    text.write('（无服务记录 No service recorded）', PAGE.margin + CELL_PADDING, y + 6, {
      size: 10,
      color: MUTED,
    });
    y += 24;
  }
  const total = ['合计 Total', '', '', c.totalHours];
  if (y + 24 > FOOTER_TOP - 10) {
    doc.addPage();
    y = PAGE.margin;
  }
  drawRow(text, total, y + 2, { size: 10.5, weight: 700, color: INK });
  y += 24;
  doc
    .moveTo(PAGE.margin, y)
    .lineTo(PAGE.width - PAGE.margin, y)
    .lineWidth(1)
    .stroke(INK);
  doc.y = y + 22;
}

function drawTableHeader(doc: PDFKit.PDFDocument, text: CjkText, top: number): number {
  const height = 34;
  doc.save().rect(PAGE.margin, top, CONTENT_WIDTH, height).fill('#efe7e1').restore();
  let x = PAGE.margin;
  for (const column of COLUMNS) {
    const options = { width: column.width - 2 * CELL_PADDING, align: column.align };
    text.write(column.title, x + CELL_PADDING, top + 5, { ...options, size: 10, weight: 700, color: INK });
    text.write(column.english, x + CELL_PADDING, top + 20, { ...options, size: 7.5, color: MUTED });
    x += column.width;
  }
  doc
    .moveTo(PAGE.margin, top + height)
    .lineTo(PAGE.width - PAGE.margin, top + height)
    .lineWidth(1)
    .stroke(INK);
  return top + height;
}

function rowHeight(text: CjkText, cells: string[]): number {
  const heights = cells.map((cell, i) =>
    text.height(cell, { size: 10, width: COLUMNS[i].width - 2 * CELL_PADDING }),
  );
  return Math.max(...heights) + 2 * CELL_PADDING + 2;
}

function drawRow(text: CjkText, cells: string[], top: number, style: TextStyle): void {
  let x = PAGE.margin;
  cells.forEach((cell, i) => {
    const column = COLUMNS[i];
    if (cell) {
      text.write(cell, x + CELL_PADDING, top + CELL_PADDING + 1, {
        ...style,
        width: column.width - 2 * CELL_PADDING,
        align: column.align,
      });
    }
    x += column.width;
  });
}

function drawIssuer(doc: PDFKit.PDFDocument, text: CjkText, c: Certificate): void {
  const { margin } = PAGE;
  const rows: [string, string, string][] = [
    ['出具单位', 'Issued by', c.issuer.organisation],
    ...optionalRow('负责人', 'Person in charge', c.issuer.personInCharge),
    ...optionalRow('经办人', 'Handled by', c.issuer.handler),
    ...optionalRow('联系方式', 'Contact', c.issuer.contact),
    ['出具日期', 'Date of issue', `${chineseDate(c.issuedOn)}（${c.issuedOn}）`],
  ];
  const sealSize = 96;
  const closingHeight = 30;
  const blockHeight = closingHeight + Math.max(rows.length * 24, sealSize) + 10;
  let y = doc.y;
  if (y + blockHeight > FOOTER_TOP - 10) {
    doc.addPage();
    y = margin;
  }
  // The customary closing, kept on the page with the issuer and seal it belongs to.
  text.write('特此证明。', margin + 24, y, { size: 11.5, color: INK });
  y += closingHeight;
  const top = y;
  const textWidth = CONTENT_WIDTH - sealSize - 30;
  for (const [label, english, value] of rows) {
    text.write(`${label}：`, margin, y, { size: 11, weight: 700, color: INK });
    text.write(english, margin, y + 13, { size: 7, color: MUTED });
    text.write(value, margin + 90, y, { size: 11, color: INK, width: textWidth - 90 });
    y += Math.max(24, text.height(value, { size: 11, width: textWidth - 90 }) + 8);
  }
  // The seal is applied to the printed certificate; the dashed ring shows where.
  const centreX = PAGE.width - margin - sealSize / 2 - 8;
  const centreY = top + sealSize / 2;
  doc
    .save()
    .circle(centreX, centreY, sealSize / 2)
    .dash(3, { space: 3 })
    .lineWidth(1)
    .stroke(RULE)
    .undash()
    .restore();
  text.write('（盖章）', centreX - 40, centreY - 10, { size: 10, color: MUTED, width: 80, align: 'center' });
  text.write('Seal', centreX - 40, centreY + 5, { size: 8, color: MUTED, width: 80, align: 'center' });
  doc.y = Math.max(y, centreY + sealSize / 2) + 10;
}

function optionalRow(label: string, english: string, value: string | undefined): [string, string, string][] {
  return value?.trim() ? [[label, english, value]] : [];
}

function drawFooter(
  doc: PDFKit.PDFDocument,
  text: CjkText,
  c: Certificate,
  page: number,
  pages: number,
): void {
  const { margin } = PAGE;
  // Writing inside the bottom margin would make pdfkit start a new page; lift the margin while we do.
  const bottom = doc.page.margins.bottom;
  doc.page.margins.bottom = 0;
  doc
    .moveTo(margin, FOOTER_TOP)
    .lineTo(PAGE.width - margin, FOOTER_TOP)
    .lineWidth(0.5)
    .stroke(RULE);
  const width = CONTENT_WIDTH - 70;
  text.write(
    `本证明可凭证书编号 ${c.certificateNumber} 在 ${c.verificationUrl} 查验真伪。`,
    margin,
    FOOTER_TOP + 6,
    {
      size: 8.5,
      color: MUTED,
      width,
    },
  );
  text.write(
    `Verify this certificate at ${c.verificationUrl} with its number ${c.certificateNumber}.`,
    margin,
    FOOTER_TOP + 19,
    { size: 7.5, color: MUTED, width },
  );
  text.write(`第 ${page} 页 / 共 ${pages} 页`, PAGE.width - margin - 70, FOOTER_TOP + 6, {
    size: 8.5,
    color: MUTED,
    width: 70,
    align: 'right',
  });
  doc.page.margins.bottom = bottom;
}

/** The number on every page, and on later pages whose record they continue, so loose pages stay matched. */
function drawRunningHead(text: CjkText, c: Certificate, page: number): void {
  const continued = page > 1 ? `志愿服务记录证明（续）· ${c.volunteer.name} · ` : '';
  text.write(`${continued}证书编号 Certificate No. ${c.certificateNumber}`, PAGE.margin, PAGE.margin - 20, {
    size: 9,
    color: MUTED,
    width: CONTENT_WIDTH,
    align: 'right',
  });
}

function drawRevokedWatermark(doc: PDFKit.PDFDocument, text: CjkText): void {
  const bottom = doc.page.margins.bottom;
  doc.page.margins.bottom = 0;
  doc.save();
  doc.rotate(-35, { origin: [PAGE.width / 2, PAGE.height / 2] });
  doc.opacity(0.16);
  text.write('已撤销 REVOKED', 0, PAGE.height / 2 - 40, {
    size: 64,
    weight: 700,
    color: REVOKED_RED,
    width: PAGE.width,
    align: 'center',
  });
  doc.restore();
  doc.page.margins.bottom = bottom;
}

function chineseDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const parsed = match ? new Date(`${date}T00:00:00Z`) : undefined;
  if (!match || !parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) {
    throw new RangeError(`Not a calendar date (YYYY-MM-DD): "${date}"`);
  }
  return `${match[1]}年${Number(match[2])}月${Number(match[3])}日`;
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

interface TextStyle {
  size: number;
  weight?: CertificateFontWeight;
  color?: string;
}

type WriteOptions = TextStyle & PDFKit.Mixins.TextOptions;

/**
 * Writes text with the bundled CJK faces, switching face mid-line where a character lives in another
 * file of the font. Faces are registered with the document on first use, so only those used are embedded.
 */
class CjkText {
  private readonly registered = new Set<string>();

  constructor(private readonly doc: PDFKit.PDFDocument) {}

  write(value: string, x: number, y: number, options: WriteOptions): void {
    const { size, weight = 400, color = INK, ...textOptions } = options;
    const runs = fontRuns(value, weight);
    this.doc.fillColor(color).fontSize(size);
    let left = x;
    const { align, width } = textOptions;
    if (runs.length > 1 && width !== undefined && (align === 'right' || align === 'center')) {
      // pdfkit aligns each continued piece on its own, so pieces would overlap; place the line instead.
      const total = runs.reduce((sum, run) => {
        this.use(run.face.key, run.face.data);
        return sum + this.doc.widthOfString(run.text, textOptions);
      }, 0);
      if (total <= width) {
        left += align === 'right' ? width - total : (width - total) / 2;
        Object.assign(textOptions, { align: 'left', width: width - (left - x) + 1 });
      }
    }
    runs.forEach((run, i) => {
      this.use(run.face.key, run.face.data);
      const continued = i < runs.length - 1;
      if (i === 0) this.doc.text(run.text, left, y, { lineBreak: true, ...textOptions, continued });
      else this.doc.text(run.text, { continued });
    });
  }

  /** Measured with the main face: the other files hold full-width CJK or Latin of the same metrics. */
  height(
    value: string,
    options: { size: number; width: number; weight?: CertificateFontWeight; lineGap?: number },
  ) {
    this.useMain(options.weight);
    return this.doc
      .fontSize(options.size)
      .heightOfString(value, { width: options.width, lineGap: options.lineGap });
  }

  width(value: string, options: { size: number; weight?: CertificateFontWeight }): number {
    this.useMain(options.weight);
    return this.doc.fontSize(options.size).widthOfString(value);
  }

  private useMain(weight: CertificateFontWeight = 400): void {
    const face = mainFace(weight);
    this.use(face.key, face.data);
  }

  private use(key: string, data: Buffer): void {
    if (!this.registered.has(key)) {
      this.doc.registerFont(key, data);
      this.registered.add(key);
    }
    this.doc.font(key);
  }
}
