// Lets the browser paint a state change (the next progress step) before synchronous work
// blocks the thread. A hidden pane gets no animation frames, so a timeout backs the frame up.
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, 50);
    requestAnimationFrame(() => setTimeout(done, 0));
  });
}
