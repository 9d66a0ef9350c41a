import { useMemo } from 'react';
import { qrMatrix, qrSvgPath } from '../lib/qr-matrix';

/** A QR code as SVG; loaded lazily where shown (it brings the zxing encoder). */
export default function QrCode({
  value,
  label,
  size = 240,
}: {
  value: string;
  label: string;
  size?: number | string;
}) {
  const { path, size: modules } = useMemo(() => qrSvgPath(qrMatrix(value)), [value]);
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${modules} ${modules}`}
      shapeRendering="crispEdges"
      style={{ width: size, height: size, background: '#fff', display: 'block' }}
    >
      <rect width={modules} height={modules} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
