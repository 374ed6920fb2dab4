// The mock Hub's test API, as the browser exposes it (see mocks/browser.ts and the README).
export {};

declare global {
  interface Window {
    mockHub?: {
      setLatency(milliseconds: number): void;
      failNextRequest(kind: 'network' | 'server-error' | 'rate-limit' | 'timeout' | null): void;
      expireSession(): void;
      advanceClock(milliseconds: number): void;
      reset(): Promise<void>;
      resetLimits(): void;
      simulateKeywordSpike(channelId: string, keyword: string, tweetsPerMinute?: number): string;
      status(): {
        latencyMs: number;
        nextFault: string | null;
        clockOffsetMs: number;
        storageProblem: string | null;
      };
      exportState(): { accounts: { name: string }[]; channels: { channel: { name: string } }[] };
      importState(state: unknown): void;
    };
  }
}
