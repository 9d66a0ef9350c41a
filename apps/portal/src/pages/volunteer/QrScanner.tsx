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
    const start = async (attempt: number): Promise<void> => {
      try {
        const c = await reader.decodeFromConstraints(
          { video: { facingMode: 'environment' } },
          video.current!,
          (result, _err, c) => {
            if (result && !stopped) {
              stopped = true;
              c.stop();
              done.current(result.getText());
            }
          },
        );
        controls = c;
        if (stopped) c.stop();
      } catch (e: unknown) {
        const name = e instanceof Error ? e.name : '';
        // The camera may still be held by the last scan for a moment (NotReadableError): try again.
        if (name !== 'NotAllowedError' && attempt < 3 && !stopped) {
          await new Promise((resolve) => setTimeout(resolve, 600));
          return start(attempt + 1);
        }
        setError(name === 'NotAllowedError' ? t('scan.cameraDenied') : t('scan.cameraUnavailable'));
      }
    };
    void start(1);
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
