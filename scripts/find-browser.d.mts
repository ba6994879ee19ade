export declare const HOW_TO_GET_ONE: string;
export declare const CHROMIUM_ARGS: string[];
export declare function findBrowser():
  | { path: string | undefined; source: 'env' | 'playwright' | 'system' }
  | { error: string };
