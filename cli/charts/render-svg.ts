/** A Vega-Lite specification drawn as SVG in Node (vega View.toSVG, headless): no browser, no network. */
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { useCjkTextMetrics } from './text-width';

export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  useCjkTextMetrics();
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
