import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { EChartsCoreOption } from 'echarts/core';
import { useEffect, useRef } from 'react';

echarts.use([BarChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

/**
 * An ECharts chart, loaded lazily (~165 KB gzipped) by the pages that draw one. Only what the dashboard
 * draws is registered (bars, grid, tooltip, legend), from echarts/core so the rest is left out. The
 * figure is an image named by `label`; the numbers it shows are also on the page as text (the totals
 * on the exports page), so no reader depends on the canvas.
 */
export default function EChart({
  option,
  label,
  height = 300,
}: {
  option: EChartsCoreOption;
  label: string;
  height?: number;
}) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    chart.current = echarts.init(element.current);
    // Follows its box, not only the window: the column it sits in may settle after the chart is drawn
    // (it was drawn wider than its card on the dashboard, past the page's edge).
    const observer = new ResizeObserver(() => chart.current?.resize());
    observer.observe(element.current!);
    return () => {
      observer.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    // No animation under automation: a canvas screenshot taken mid-animation is empty.
    const animation = !navigator.webdriver;
    chart.current?.setOption({ animation, ...option }, true);
  }, [option]);

  return (
    <div role="img" aria-label={label}>
      <div ref={element} style={{ width: '100%', height }} />
    </div>
  );
}
