// A chunk loader that fetches once and shares the result; a failed fetch (the add-in's server
// briefly unreachable) is forgotten so the next click tries again.
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    pending ??= load().catch((e: unknown) => {
      pending = null;
      throw e;
    });
    return pending;
  };
}
