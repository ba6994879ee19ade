// Browser plumbing for the Share panel: downloads through a Blob URL, copying with a fallback,
// reading a picked or dropped file without trusting its size.

/** Saves text as a file (a Blob URL and a temporary <a download>); returns the file name. */
export function downloadText(text: string, fileName: string, mime = 'application/json'): string {
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked a moment later: some browsers start the download after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return fileName;
}

/**
 * Copies text with the async clipboard API. Where that is missing or refused (no permission,
 * not a secure context), the field is selected so the user can press Ctrl+C; returns which happened.
 */
export async function copyText(text: string, field: HTMLInputElement | HTMLTextAreaElement | null): Promise<'copied' | 'selected'> {
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no clipboard API');
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    if (field) {
      field.focus();
      field.select();
    }
    return 'selected';
  }
}

/** Largest file we read at all (bytes); the importers cap characters themselves below this. */
export const MAX_READ_BYTES = 32 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; reason: 'too-big' | 'unreadable' };

export async function readFileText(file: File): Promise<ReadResult> {
  if (file.size > MAX_READ_BYTES) return { ok: false, reason: 'too-big' };
  try {
    return { ok: true, text: await file.text() };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}
