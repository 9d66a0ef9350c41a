import { BrowserQRCodeReader, type IScannerControls } from '@zxing/browser';
import { ChecksumException, FormatException, NotFoundException } from '@zxing/library';
import { Alert } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** What zxing's scan loop tries again after; on any other error it stops for good, without a word. */
const isRetried = (error: unknown) =>
  error instanceof NotFoundException ||
  error instanceof ChecksumException ||
  error instanceof FormatException;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts the video and resolves once it plays. A `play()` interrupted by the stream's first frames
 * (AbortError) is simply tried again: zxing's own start waits for a `canplay` that may already have
 * fired, and then never starts decoding while the picture shows (seen on busy machines).
 */
async function playWhenReady(video: HTMLVideoElement, isStopped: () => boolean): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await video.play();
      return;
    } catch (e: unknown) {
      if ((e instanceof Error && e.name === 'NotAllowedError') || attempt >= 40 || isStopped()) throw e;
      await pause(150);
    }
  }
}

/** The phone's camera reading QR codes; loaded only when the volunteer opens it (zxing is ~130 KB). */
export default function QrScanner({ onCode }: { onCode: (code: string) => void }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [error, setError] = useState<string | null>(null);
  const done = useRef(onCode);
  done.current = onCode;

  useEffect(() => {
    const element = video.current!;
    let controls: IScannerControls | null = null;
    let stream: MediaStream | null = null;
    let stopped = false;
    const isStopped = () => stopped;
    const release = () => {
      controls?.stop();
      controls = null;
      stream?.getTracks().forEach((track) => track.stop());
      stream = null;
      element.srcObject = null;
    };
    const reader = new BrowserQRCodeReader(undefined, { delayBetweenScanAttempts: 150 });
    // Reads frames until one decodes. A frame that makes the decoder fail otherwise (seen now and then
    // on busy machines) ends zxing's loop silently while the picture still shows: scan afresh then.
    const scan = async (): Promise<void> => {
      controls = await reader.decodeFromVideoElement(element, (result, error, current) => {
        if (stopped) return;
        if (result) {
          stopped = true;
          release();
          done.current(result.getText());
        } else if (error && !isRetried(error)) {
          console.warn('QR decoding stopped on an error; scanning afresh', error);
          current.stop();
          void pause(150)
            .then(() => (stopped ? undefined : scan()))
            .catch(() => setError(t('scan.cameraUnavailable')));
        }
      });
      if (stopped) release();
    };
    // The camera is ours (getUserMedia, play) and zxing only reads frames from a playing video.
    const start = async (attempt: number): Promise<void> => {
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
        if (stopped) return release();
        element.srcObject = stream;
        await playWhenReady(element, isStopped);
        if (stopped) return release();
        await scan();
        if (stopped) release();
      } catch (e: unknown) {
        release();
        const name = e instanceof Error ? e.name : '';
        // The camera may still be held by the last scan for a moment (NotReadableError): try again.
        if (name !== 'NotAllowedError' && attempt < 3 && !stopped) {
          await pause(600);
          return start(attempt + 1);
        }
        if (!stopped)
          setError(name === 'NotAllowedError' ? t('scan.cameraDenied') : t('scan.cameraUnavailable'));
      }
    };
    void start(1);
    return () => {
      stopped = true;
      release();
    };
  }, [t]);

  return (
    <div>
      {error ? <Alert type="error" showIcon role="alert" title={error} /> : null}
      <video ref={video} className="scanner-video" muted playsInline aria-label={t('scan.cameraView')} />
    </div>
  );
}
