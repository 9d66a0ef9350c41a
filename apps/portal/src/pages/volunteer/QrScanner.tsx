import { BrowserQRCodeReader, type IScannerControls } from '@zxing/browser';
import { Alert } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The phone's camera reading QR codes; loaded only when the volunteer opens it (zxing is ~130 KB). */
export default function QrScanner({ onCode }: { onCode: (code: string) => void }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [error, setError] = useState<string | null>(null);
  const done = useRef(onCode);
  done.current = onCode;

  useEffect(() => {
    let controls: IScannerControls | null = null;
    let stopped = false;
    const reader = new BrowserQRCodeReader(undefined, { delayBetweenScanAttempts: 150 });
    reader
      .decodeFromConstraints({ video: { facingMode: 'environment' } }, video.current!, (result, _err, c) => {
        if (result && !stopped) {
          stopped = true;
          c.stop();
          done.current(result.getText());
        }
      })
      .then((c) => {
        controls = c;
        if (stopped) c.stop();
      })
      .catch((e: unknown) => {
        const name = e instanceof Error ? e.name : '';
        setError(name === 'NotAllowedError' ? t('scan.cameraDenied') : t('scan.cameraUnavailable'));
      });
    return () => {
      stopped = true;
      controls?.stop();
    };
  }, [t]);

  return (
    <div>
      {error ? <Alert type="error" showIcon role="alert" title={error} /> : null}
      <video ref={video} className="scanner-video" muted playsInline aria-label={t('scan.cameraView')} />
    </div>
  );
}
