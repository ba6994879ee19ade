import { deriveSeed } from '../core/prng';
import type { IntegrationStyle } from '../types';
import { BrokerStyle, DEFAULT_BROKER, type BrokerConfig } from './broker';
import { DEFAULT_FILE_TRANSFER, FileTransferStyle, type FileTransferConfig } from './file-transfer';
import { DEFAULT_REST, RestStyle, type RestConfig } from './rest';
import { DEFAULT_SHARED_DB, SharedDbStyle, type SharedDbConfig } from './shared-db';

/** One style to run, with an id of the caller's choosing and only the settings that differ from the defaults. */
export type StyleSpec =
  | { readonly id: string; readonly kind: 'rest'; readonly config?: Partial<RestConfig> }
  | { readonly id: string; readonly kind: 'shared-db'; readonly config?: Partial<SharedDbConfig> }
  | {
      readonly id: string;
      readonly kind: 'file-transfer';
      readonly config?: Partial<FileTransferConfig>;
    }
  | { readonly id: string; readonly kind: 'broker'; readonly config?: Partial<BrokerConfig> };

/**
 * Builds a style. Its random numbers (service times) come from a seed derived from the run's
 * seed and the style's id, so the same spec under the same seed always behaves the same,
 * whatever else runs beside it.
 */
export function createStyle(spec: StyleSpec, runSeed: number): IntegrationStyle {
  const seed = deriveSeed(runSeed, `style:${spec.id}`);
  switch (spec.kind) {
    case 'rest':
      return new RestStyle(spec.id, seed, { ...DEFAULT_REST, ...spec.config });
    case 'shared-db':
      return new SharedDbStyle(spec.id, seed, { ...DEFAULT_SHARED_DB, ...spec.config });
    case 'file-transfer':
      return new FileTransferStyle(spec.id, seed, { ...DEFAULT_FILE_TRANSFER, ...spec.config });
    case 'broker':
      return new BrokerStyle(spec.id, seed, { ...DEFAULT_BROKER, ...spec.config });
  }
}
