/**
 * Cooperative time slicing: work that could hold the event loop for seconds (a big calendar feed) calls
 * `due()` between small steps and, when its slice is used up, awaits `pause()`, which lets every waiting
 * request and timer run (setImmediate: after I/O) before the next slice.
 */
export interface TimeSlicer {
  due(): boolean;
  pause(): Promise<void>;
  /** The longest slice so far, in ms (the most the event loop waited on this work, on an idle machine). */
  longest(): number;
}

export function createTimeSlicer(sliceMs = 4): TimeSlicer {
  let started = performance.now();
  let longest = 0;
  return {
    due: () => performance.now() - started >= sliceMs,
    longest: () => Math.max(longest, performance.now() - started),
    pause: () =>
      new Promise((resolve) => {
        longest = Math.max(longest, performance.now() - started);
        setImmediate(() => {
          started = performance.now();
          resolve();
        });
      }),
  };
}
