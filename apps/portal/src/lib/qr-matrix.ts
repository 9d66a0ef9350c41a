import { QRCodeDecoderErrorCorrectionLevel, QRCodeEncoder } from '@zxing/library';

/** The QR code's modules, true = dark, as rows; error correction M (what a phone reads fastest). */
export function qrMatrix(text: string): boolean[][] {
  const matrix = QRCodeEncoder.encode(text, QRCodeDecoderErrorCorrectionLevel.M).getMatrix();
  const rows: boolean[][] = [];
  for (let y = 0; y < matrix.getHeight(); y++) {
    const row: boolean[] = [];
    for (let x = 0; x < matrix.getWidth(); x++) row.push(matrix.get(x, y) === 1);
    rows.push(row);
  }
  return rows;
}

/** One SVG path for all dark modules (a rect per module makes a slow DOM), with a 4-module quiet zone. */
export function qrSvgPath(rows: boolean[][], quiet = 4): { path: string; size: number } {
  let path = '';
  rows.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      path += `M${start + quiet} ${y + quiet}h${x - start}v1h${start - x}z`;
    }
  });
  return { path, size: rows.length + quiet * 2 };
}
