import { QRCodeDecoderErrorCorrectionLevel, QRCodeEncoder } from '@zxing/library';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * What Chromium's fake camera plays (--use-file-for-fake-video-capture); tests write a QR code into it.
 * One file per checkout, so browser tests of two checkouts running at once do not show each other's codes.
 */
const checkout = createHash('sha256').update(__dirname).digest('hex').slice(0, 8);
export const CAMERA_FILE = join(
  tmpdir(),
  `linkage-e2e-camera-${process.env.USER ?? 'user'}-${checkout}`,
  'camera.y4m',
);

export const CAMERA_ARGS = [
  '--use-fake-ui-for-media-stream',
  '--use-fake-device-for-media-stream',
  `--use-file-for-fake-video-capture=${CAMERA_FILE}`,
];

const WIDTH = 640;
const HEIGHT = 480;

/**
 * Writes a Y4M video (raw YUV 4:2:0 frames, which Chromium reads without any codec) showing the QR code
 * of `text` in black on white, in plain Node: no ffmpeg. The QR is drawn from zxing's encoder matrix.
 */
export function writeQrVideo(text: string, file = CAMERA_FILE, frames = 6): void {
  const matrix = QRCodeEncoder.encode(text, QRCodeDecoderErrorCorrectionLevel.M).getMatrix();
  const modules = matrix.getWidth();
  const quiet = 4;
  const scale = Math.floor((HEIGHT - 40) / (modules + quiet * 2));
  const size = (modules + quiet * 2) * scale;
  const left = Math.floor((WIDTH - size) / 2);
  const top = Math.floor((HEIGHT - size) / 2);
  const luma = Buffer.alloc(WIDTH * HEIGHT, 235);
  for (let y = 0; y < modules; y++) {
    for (let x = 0; x < modules; x++) {
      if (matrix.get(x, y) !== 1) continue;
      for (let dy = 0; dy < scale; dy++) {
        const row = (top + (y + quiet) * scale + dy) * WIDTH;
        luma.fill(16, row + left + (x + quiet) * scale, row + left + (x + quiet + 1) * scale);
      }
    }
  }
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2), 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, Buffer.concat([header, ...Array.from({ length: frames }, () => frame)]));
}
