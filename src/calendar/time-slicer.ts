/**
 * Cooperative time slicing: work that could hold the event loop for seconds (a big calendar feed) calls
 * `due()` between small steps and, when its slice is used up, awaits `pause()`, which lets every waiting
 * request and timer run (setImmediate: after I/O) before the next slice.
 */
export interface TimeSlicer {
  due(): boolean;
  pause(): Promise<void>;
}

export function createTimeSlicer(sliceMs = 4): TimeSlicer {
  let started = performance.now();
  return {
    due: () => performance.now() - started >= sliceMs,
    pause: () =>
      new Promise((resolve) =>
        setImmediate(() => {
          started = performance.now();
          resolve();
        }),
      ),
  };
}
