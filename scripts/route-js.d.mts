export const KB: number;
export const SIGNED_IN: string[];
export const routes: { route: string; path?: string; modules: string[]; maxKb: number }[];
export function measureRouteJs(distDir?: string): {
  rows: { route: string; bytes: number; chunks: number; mock: string[]; maxKb: number }[];
  totalBytes: number;
  mockBytes: number;
  mockChunks: number;
};
