import { useCallback } from 'react';
import { useT } from '../../app/context';
import type { FieldError } from '../../scenario/validate-fields';

/** Words a validation error in the user's language. */
export function useErrorText(): (error: FieldError) => string {
  const t = useT();
  return useCallback(
    (error: FieldError) => {
      const params = { ...error.params };
      if (error.code === 'json' && typeof params.problem === 'string') {
        const problem = params.problem as 'unexpected-char' | 'unexpected-end' | 'bad-escape' | 'bad-number' | 'control-char';
        params.problem = t(`insp.json.${problem}`, { char: params.char ?? '' });
      }
      return t(`insp.error.${error.code}`, params);
    },
    [t],
  );
}
