// Sign-in state kept in localStorage (under one key) so a reload stays signed in, with listeners
// told of every change.
export interface TokenStore<T> {
  get(): T | null;
  set(value: T | null): void;
  subscribe(listener: (value: T | null) => void): () => void;
}

export function localTokenStore<T>(key: string): TokenStore<T> {
  const listeners = new Set<(value: T | null) => void>();
  return {
    get() {
      try {
        const raw = localStorage.getItem(key);
        return raw ? (JSON.parse(raw) as T) : null;
      } catch {
        return null;
      }
    },
    set(value) {
      if (value) localStorage.setItem(key, JSON.stringify(value));
      else localStorage.removeItem(key);
      listeners.forEach((l) => l(value));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
