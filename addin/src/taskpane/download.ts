/**
 * Saving a file from the task pane, only where the platform can: Blob URLs and the a[download]
 * attribute (Excel on the web and Windows' WebView2 have them; Mac's WKWebView ignores
 * a[download], so there the pane points to the 通知 sheet instead).
 */
export function canDownload(): boolean {
  const ua = navigator.userAgent;
  // Office on Mac/iPad runs the pane in a WKWebView: WebKit without Safari's "Version/x Safari" token.
  const wkWebView = /AppleWebKit/.test(ua) && /Macintosh|iPad|iPhone/.test(ua) && !/Chrome|Chromium|Edg\/|Version\/[\d.]+ Safari/.test(ua);
  return typeof Blob === 'function' && typeof URL !== 'undefined' && typeof URL.createObjectURL === 'function' && 'download' in document.createElement('a') && !wkWebView;
}

/** Offers `bytes` as a file named `name`. */
export function downloadBytes(bytes: Uint8Array, name: string, type: string): void {
  // A copy into a plain ArrayBuffer: Blob does not take views on shared buffers.
  const blob = new Blob([bytes.slice().buffer as ArrayBuffer], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke after the click has been handled, not before the browser reads the URL.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
