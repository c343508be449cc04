/**
 * The clock every bench process stamps sends and receipts with, in milliseconds.
 *
 * The clients run in several processes, so a receiver compares its own reading with a time
 * another process wrote into the message. `performance.now()` counts from each process' own
 * start, so it cannot be compared across processes. `performance.timeOrigin + now()` and
 * `Date.now()` follow the wall clock, which NTP may step between two readings (and `Date.now()`
 * has only millisecond resolution). `process.hrtime` reads libuv's `uv_hrtime`, which on Linux is
 * `clock_gettime(CLOCK_MONOTONIC)`: one clock for the whole machine, counted from boot, never
 * stepped, with nanosecond resolution. Two processes on the same machine read the same value at
 * the same instant, so a difference of readings taken in two processes is a true duration.
 */
export function sharedNow(): number {
  const [seconds, nanoseconds] = process.hrtime()
  return seconds * 1e3 + nanoseconds / 1e6
}
