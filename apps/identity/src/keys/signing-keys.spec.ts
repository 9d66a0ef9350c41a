import { generateKeyPairSync } from 'node:crypto';
import { parseSigningKeys, publicJwkOf } from './signing-keys';

interface TestJwk {
  kty: string;
  crv: string;
  x: string;
  d: string;
  kid: string;
}

function privateJwk(kid: string): TestJwk {
  const { privateKey } = generateKeyPairSync('ed25519');
  return { ...(privateKey.export({ format: 'jwk' }) as Omit<TestJwk, 'kid'>), kid };
}

describe('parseSigningKeys', () => {
  it('keeps the order (the first signs) and only what it needs', () => {
    const [a, b] = [privateJwk('2025-01'), { ...privateJwk('2024-07'), alg: 'EdDSA', use: 'sig' }];
    const keys = parseSigningKeys(JSON.stringify([a, b]));
    expect(keys.map((k) => k.kid)).toEqual(['2025-01', '2024-07']);
    expect(keys[1]).toEqual({ kty: 'OKP', crv: 'Ed25519', x: b.x, d: b.d, kid: '2024-07' });
  });

  const key = privateJwk('k');
  it.each([
    ['not JSON', '{oops', /JSON array/],
    ['an object, not an array', JSON.stringify(key), /non-empty JSON array/],
    ['an empty array', '[]', /non-empty/],
    ['a string entry', '["k"]', /key 1 is not a JSON object/],
    ['an RSA key', JSON.stringify([{ ...key, kty: 'RSA' }]), /not an Ed25519 key/],
    ['no kid', JSON.stringify([{ ...key, kid: '' }]), /key 1 has no "kid"/],
    ['a repeated kid', JSON.stringify([key, privateJwk('k')]), /key 2 repeats the kid "k"/],
    ['a public key only', JSON.stringify([{ ...key, d: undefined }]), /no private part "d"/],
    ['another algorithm', JSON.stringify([{ ...key, alg: 'RS256' }]), /only EdDSA/],
    ['x from another key', JSON.stringify([{ ...key, x: privateJwk('z').x }]), /not the public half/],
    ['a broken d', JSON.stringify([{ ...key, d: 'AAAA' }]), /not the public half/],
  ])('refuses %s', (_name, raw, problem) => {
    expect(() => parseSigningKeys(raw)).toThrow(problem);
  });

  it('never puts key material in its messages', () => {
    const broken = { ...key, x: privateJwk('z').x };
    const parse = (): unknown => parseSigningKeys(JSON.stringify([broken]));
    expect(parse).toThrow(/not the public half/);
    expect(parse).toThrow(expect.objectContaining({ message: expect.not.stringContaining(broken.d) }));
    expect(parse).toThrow(expect.objectContaining({ message: expect.not.stringContaining(broken.x) }));
  });
});

describe('publicJwkOf', () => {
  it('publishes the public half with kid, alg and use', () => {
    const [parsed] = parseSigningKeys(JSON.stringify([privateJwk('pub')]));
    expect(publicJwkOf(parsed)).toEqual({
      kty: 'OKP',
      crv: 'Ed25519',
      x: parsed.x,
      kid: 'pub',
      alg: 'EdDSA',
      use: 'sig',
    });
  });
});
