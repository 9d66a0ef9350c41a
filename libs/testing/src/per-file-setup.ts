import { randomBytes } from 'node:crypto';

// Every test file gets its own databases and its own NATS subject namespace, so files never see each
// other's data or messages — nor those of a system running on the same machine.
const runId = `t${randomBytes(4).toString('hex')}`;
process.env.LINKAGE_TEST_RUN_ID = runId;
process.env.NATS_SUBJECT_PREFIX = `${runId}.`;
process.env.LOG_LEVEL ??= 'silent';
