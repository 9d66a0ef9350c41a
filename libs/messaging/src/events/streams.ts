import type { ServiceConfig } from '@linkage/config';
import {
  DiscardPolicy,
  JetStreamApiError,
  type JetStreamManager,
  RetentionPolicy,
  StorageType,
  type StreamConfig,
} from '@nats-io/jetstream';
import { nanos } from '@nats-io/transport-node';

/**
 * One stream per context (`VOLUNTEERS` holds `volunteers.>`). Under a subject prefix (a test run, a
 * second deployment on one NATS) the stream's name and subjects carry the prefix too, so they never meet.
 */
export function streamName(prefix: string, context: string): string {
  return `${prefix.replace(/[^A-Za-z0-9]+/g, '_')}${context}`.toUpperCase();
}

export function streamConfig(
  config: ServiceConfig,
  context: string,
): Partial<StreamConfig> & { name: string } {
  const prefix = config.NATS_SUBJECT_PREFIX;
  return {
    name: streamName(prefix, context),
    subjects: [`${prefix}${context}.>`],
    // Limits: events stay for max_age whether or not they were consumed, so a new consumer (a new read
    // model) can catch up on history; consumers track their own position.
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    discard: DiscardPolicy.Old,
    num_replicas: config.EVENTS_STREAM_REPLICAS,
    max_age: nanos(config.EVENTS_STREAM_MAX_AGE_DAYS * 24 * 3600 * 1000),
    duplicate_window: nanos(config.EVENTS_DUPLICATE_WINDOW_S * 1000),
  };
}

const STREAM_NOT_FOUND = 10059;
const STREAM_NAME_IN_USE = 10058;

/** Creates the context's stream, or brings an existing one to this configuration. Safe to race. */
export async function ensureStream(
  jsm: JetStreamManager,
  config: ServiceConfig,
  context: string,
): Promise<void> {
  const wanted = streamConfig(config, context);
  try {
    await jsm.streams.info(wanted.name);
  } catch (error) {
    if (apiCode(error) !== STREAM_NOT_FOUND) throw error;
    try {
      await jsm.streams.add(wanted);
      return;
    } catch (addError) {
      if (apiCode(addError) !== STREAM_NAME_IN_USE) throw addError;
    }
  }
  const { name, ...changes } = wanted;
  delete changes.storage; // fixed at creation
  delete changes.retention;
  await jsm.streams.update(name, changes);
}

/** The JetStream API error code (10059 stream not found, …), or undefined for any other failure. */
export function apiCode(error: unknown): number | undefined {
  return error instanceof JetStreamApiError ? error.code : undefined;
}
