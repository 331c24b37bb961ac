// Catches a part of the pane that failed to load (a lazy chunk the add-in's server did not
// deliver) so the rest of the pane stays usable, and says what to do.
import { Component, type ReactNode } from "react";
import { ProblemBar } from "./problem-bar";
import { describeError } from "./errors";

interface Props {
  children: ReactNode;
  /** Told of the failure (e.g. to end a pending question); the message is shown either way. */
  onError?: (error: unknown) => void;
}

export class ChunkBoundary extends Component<Props, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: unknown } {
    return { error };
  }

  override componentDidCatch(error: unknown): void {
    this.props.onError?.(error);
  }

  override render(): ReactNode {
    if (this.state.error === null) return this.props.children;
    const problem = describeError(this.state.error);
    return (
      <ProblemBar problem={{ ...problem, title: "Bagian panel ini tidak termuat.", action: "Tutup lalu buka kembali panel SAKIP." }} />
    );
  }
}
