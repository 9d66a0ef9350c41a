import type { Tx } from '@linkage/database';
import type { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';

/** A provider method found by its metadata: its name for logs, and a call bound to its instance. */
export interface DiscoveredHandler<A> {
  subject: string;
  name: string;
  run: (arg: A, tx: Tx) => Promise<void>;
}

/**
 * Every provider method marked with `metadataKey` (the JetStream @OnEvent, the in-process domain-event
 * decorators), in the order Nest lists the providers, each with the subject its metadata names. Both
 * buses find their handlers this way at start-up.
 */
export function discoverHandlers<A>(
  nest: { discovery: DiscoveryService; scanner: MetadataScanner; reflector: Reflector },
  metadataKey: string,
): DiscoveredHandler<A>[] {
  const found: DiscoveredHandler<A>[] = [];
  for (const wrapper of nest.discovery.getProviders()) {
    const instance = wrapper.instance as Record<string, unknown> | undefined;
    if (!instance || typeof instance !== 'object') continue;
    const prototype = Object.getPrototypeOf(instance) as object;
    for (const method of nest.scanner.getAllMethodNames(prototype)) {
      const fn = instance[method] as (arg: A, tx: Tx) => Promise<void>;
      const subject = nest.reflector.get<string | undefined>(metadataKey, fn);
      if (!subject) continue;
      found.push({
        subject,
        name: `${instance.constructor.name}.${method}`,
        run: (arg, tx) => fn.call(instance, arg, tx),
      });
    }
  }
  return found;
}
