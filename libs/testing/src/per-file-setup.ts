import { generateKeyPairSync, randomBytes } from 'node:crypto';

// Every test file gets its own databases and its own NATS subject namespace, so files never see each
// other's data or messages — nor those of a system running on the same machine.
const runId = `t${randomBytes(4).toString('hex')}`;
process.env.LINKAGE_TEST_RUN_ID = runId;
process.env.NATS_SUBJECT_PREFIX = `${runId}.`;
process.env.LOG_LEVEL ??= 'silent';

// A signing key for this file: identity signs with it (JWT_SIGNING_KEYS) and the other services trust
// its public half (AUTH_JWKS), so tests can also mint tokens of any shape (expired, other roles).
const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const kid = `test-${runId}`;
const privateJwk = { ...privateKey.export({ format: 'jwk' }), kid, alg: 'EdDSA', use: 'sig' };
const publicJwk = { ...publicKey.export({ format: 'jwk' }), kid, alg: 'EdDSA', use: 'sig' };
process.env.JWT_SIGNING_KEYS = JSON.stringify([privateJwk]);
process.env.AUTH_JWKS = JSON.stringify({ keys: [publicJwk] });
