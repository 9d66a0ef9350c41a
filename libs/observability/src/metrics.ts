import {
  collectDefaultMetrics,
  Counter,
  Gauge,
  Histogram,
  register,
  type CounterConfiguration,
  type GaugeConfiguration,
  type HistogramConfiguration,
} from 'prom-client';

/**
 * Metrics live in prom-client's default registry, which `/metrics` serves. Several apps can share one
 * process (the test suite does), so a metric is created once and then reused by name.
 */
export function counter<L extends string>(config: CounterConfiguration<L>): Counter<L> {
  return (register.getSingleMetric(config.name) as Counter<L> | undefined) ?? new Counter(config);
}

export function gauge<L extends string>(config: GaugeConfiguration<L>): Gauge<L> {
  return (register.getSingleMetric(config.name) as Gauge<L> | undefined) ?? new Gauge(config);
}

export function histogram<L extends string>(config: HistogramConfiguration<L>): Histogram<L> {
  return (register.getSingleMetric(config.name) as Histogram<L> | undefined) ?? new Histogram(config);
}

let defaultMetricsStarted = false;

/** Process metrics (CPU, memory, event loop, GC), started once per process. */
export function collectProcessMetrics(): void {
  if (defaultMetricsStarted || register.getSingleMetric('process_cpu_seconds_total')) return;
  defaultMetricsStarted = true;
  collectDefaultMetrics();
}
