import { splitCode } from './split-code';

/** Text with `names` shown as code. */
export function Rich({ text }: { text: string }) {
  return (
    <>
      {splitCode(text).map((part, i) =>
        part.code ? (
          <code key={i} className="bl-log-code">
            {part.text === '' ? '""' : part.text}
          </code>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}
