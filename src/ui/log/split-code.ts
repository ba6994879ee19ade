/** Splits text on `backticks` so names and keys can be shown as code. */
export function splitCode(text: string): { text: string; code: boolean }[] {
  const out: { text: string; code: boolean }[] = [];
  const parts = text.split('`');
  // An odd count of backticks leaves the last part as plain text.
  for (let i = 0; i < parts.length; i++) {
    const code = i % 2 === 1 && i < parts.length - 1;
    if (parts[i] !== '' || code) out.push({ text: parts[i], code });
  }
  return out;
}
