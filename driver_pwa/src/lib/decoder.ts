// QR decoding from a video element: the browser's BarcodeDetector when present, otherwise jsQR.
interface DetectedBarcode {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: CanvasImageSource): Promise<DetectedBarcode[]>;
}
declare global {
  interface Window {
    BarcodeDetector?: {
      new (opts?: { formats: string[] }): BarcodeDetectorLike;
      getSupportedFormats?: () => Promise<string[]>;
    };
  }
}

export type Decoder = { kind: "native" | "jsqr"; decode: (video: HTMLVideoElement) => Promise<string | null> };

export async function createDecoder(): Promise<Decoder> {
  const BD = typeof window !== "undefined" ? window.BarcodeDetector : undefined;
  if (BD) {
    try {
      const formats = BD.getSupportedFormats ? await BD.getSupportedFormats() : ["qr_code"];
      if (formats.includes("qr_code")) {
        const detector = new BD({ formats: ["qr_code"] });
        return {
          kind: "native",
          decode: async (video) => {
            const codes = await detector.detect(video);
            return codes[0]?.rawValue ?? null;
          },
        };
      }
    } catch {
      /* fall through to jsQR */
    }
  }
  const { default: jsQR } = await import("jsqr");
  const canvas = document.createElement("canvas");
  const ctx = canvas.getContext("2d", { willReadFrequently: true });
  return {
    kind: "jsqr",
    decode: async (video) => {
      if (!ctx || !video.videoWidth) return null;
      // Downscale large frames: faster, and QR codes on chargers are big.
      const scale = Math.min(1, 640 / video.videoWidth);
      canvas.width = Math.round(video.videoWidth * scale);
      canvas.height = Math.round(video.videoHeight * scale);
      ctx.drawImage(video, 0, 0, canvas.width, canvas.height);
      const img = ctx.getImageData(0, 0, canvas.width, canvas.height);
      return jsQR(img.data, img.width, img.height, { inversionAttempts: "attemptBoth" })?.data ?? null;
    },
  };
}
