import type { StartedContainers } from './containers';

export default async function globalTeardown(): Promise<void> {
  const started = (globalThis as { __LINKAGE_CONTAINERS__?: StartedContainers }).__LINKAGE_CONTAINERS__;
  await started?.stop();
}
