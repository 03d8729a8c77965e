/**
 * Vega measures text with a canvas, which Node does not have; its fallback estimate (0.8 em per
 * character) is too narrow for Chinese, so axis titles would overlap chain names. This estimate
 * counts a CJK character as a full em, set through Vega's own textMetrics hook.
 */
import * as vega from 'vega';
import { WIDE } from '../formats/display-width';

export function estimatedTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += WIDE.test(char) ? 1 : /[A-Z0-9%]/.test(char) ? 0.66 : 0.56;
  return Math.ceil(ems * fontSize);
}

interface TextItem {
  text?: unknown;
  fontSize?: number;
}

let installed = false;

export function useCjkTextMetrics(): void {
  if (installed) return;
  const metrics = (vega as unknown as { textMetrics: { width: (item: TextItem, text?: unknown) => number } }).textMetrics;
  metrics.width = (item, text) => {
    const value = text ?? item.text;
    const lines = Array.isArray(value) ? value.map(String) : [value === null || value === undefined ? '' : String(value)];
    return Math.max(0, ...lines.map((line) => estimatedTextWidth(line, item.fontSize ?? 11)));
  };
  installed = true;
}
