import { describe, expect, it } from 'vitest';
import { highWaterMarkBytes, MemoryPeak } from './memory-peak';

describe('the high-water mark', () => {
  it('is read from VmHWM, in bytes', () => {
    const status = 'Name:\tnode\nVmPeak:\t 1200000 kB\nVmHWM:\t   66304 kB\nVmRSS:\t   64000 kB\n';
    expect(highWaterMarkBytes(status)).toBe(66304 * 1024);
  });

  it('falls back to getrusage where there is no /proc', () => {
    // maxrss only grows: the figure lies between two readings taken around it.
    const before = process.resourceUsage().maxRSS * 1024;
    const figure = highWaterMarkBytes(null);
    expect(figure).toBeGreaterThanOrEqual(before);
    expect(figure).toBeLessThanOrEqual(process.resourceUsage().maxRSS * 1024);
  });

  it('is at least every sampled resident set', () => {
    const peak = new MemoryPeak(10_000).stop();
    expect(peak.maxRssBytes).toBeGreaterThanOrEqual(peak.peakRssBytes);
  });
});
