import { z } from 'zod/mini';
import { sessionSchema, type Session } from './session-schema';

// The token lives in memory and sessionStorage only: it survives a reload of this tab,
// never reaches other tabs or a later browser session, and is never written to localStorage.
const STORAGE_KEY = 'hub-console.session';

const storedSessionSchema = z.extend(sessionSchema, { account: z.string(), email: z.string() });
export type StoredSession = z.infer<typeof storedSessionSchema>;

let current: StoredSession | null = readStored();
const listeners = new Set<() => void>();

function readStored(): StoredSession | null {
  try {
    const raw = globalThis.sessionStorage?.getItem(STORAGE_KEY);
    if (!raw) return null;
    const parsed = storedSessionSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function getSession(): StoredSession | null {
  return current;
}

export function saveSession(session: Session, identity: { account: string; email: string }) {
  current = { ...session, account: identity.account, email: identity.email };
  globalThis.sessionStorage?.setItem(STORAGE_KEY, JSON.stringify(current));
  listeners.forEach((listener) => listener());
}

export function clearSession() {
  current = null;
  globalThis.sessionStorage?.removeItem(STORAGE_KEY);
  listeners.forEach((listener) => listener());
}

export function subscribeToSession(listener: () => void) {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
