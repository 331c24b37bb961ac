// The question asked before SAKIP input sheets that already exist are replaced. `useConfirm`
// gives the controller a promise-returning `confirm` and renders the dialog while it waits.
// The Fluent Dialog is its own chunk (it is needed only when such a sheet exists).
import { Suspense, lazy, useCallback, useRef, useState, type ReactElement } from "react";
import type { ConfirmReplace } from "./run";
import { ChunkBoundary } from "./chunk-boundary";

const ReplaceDialog = lazy(() =>
  import(/* webpackChunkName: "dialog" */ "./replace-dialog.js").then((m) => ({ default: m.ReplaceDialog })),
);

export function useConfirm(): { confirm: ConfirmReplace; dialog: ReactElement | null } {
  const [sheets, setSheets] = useState<string[] | null>(null);
  const pending = useRef<{ resolve: (ok: boolean) => void; reject: (e: unknown) => void } | null>(null);

  const confirm = useCallback<ConfirmReplace>(
    (existing) =>
      new Promise<boolean>((resolve, reject) => {
        pending.current = { resolve, reject };
        setSheets(existing);
      }),
    [],
  );

  const answer = useCallback((ok: boolean) => {
    pending.current?.resolve(ok);
    pending.current = null;
    setSheets(null);
  }, []);

  // Without the dialog there is no answer: the operation fails and the pane says why.
  const fail = useCallback((e: unknown) => {
    pending.current?.reject(e);
    pending.current = null;
    setSheets(null);
  }, []);

  const dialog =
    sheets === null ? null : (
      <ChunkBoundary onError={fail}>
        <Suspense fallback={null}>
          <ReplaceDialog sheets={sheets} onAnswer={answer} />
        </Suspense>
      </ChunkBoundary>
    );
  return { confirm, dialog };
}
