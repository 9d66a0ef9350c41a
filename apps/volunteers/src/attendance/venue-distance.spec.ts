import { distanceMetres, isFarFromVenue, locationFlag } from './venue-distance';

const peoplesSquare = { lat: 31.2304, lng: 121.4737 };

describe('distanceMetres (haversine)', () => {
  // Expected values from the spherical law of cosines on the same radius, an independent formula.
  it.each([
    ['the same point', peoplesSquare, peoplesSquare, 0, 0.001],
    ['one degree of latitude', { lat: 0, lng: 0 }, { lat: 1, lng: 0 }, 111_195.08, 0.01],
    ['one degree of longitude on the equator', { lat: 0, lng: 10 }, { lat: 0, lng: 11 }, 111_195.08, 0.01],
    ['antipodes', { lat: 0, lng: 0 }, { lat: 0, lng: 180 }, 20_015_114.44, 0.01],
    ['across the antimeridian', { lat: 0, lng: 179.5 }, { lat: 0, lng: -179.5 }, 111_195.08, 0.01],
    ['Tiananmen to People’s Square', { lat: 39.9087, lng: 116.3975 }, peoplesSquare, 1_068_140.34, 0.5],
    ['400 m north', peoplesSquare, { lat: 31.234, lng: 121.4737 }, 400.3, 0.05],
    ['504 m east', peoplesSquare, { lat: 31.2304, lng: 121.479 }, 503.93, 0.05],
  ])('%s', (_name, a, b, expected, tolerance) => {
    expect(Math.abs(distanceMetres(a, b) - expected)).toBeLessThanOrEqual(tolerance);
    expect(Math.abs(distanceMetres(b, a) - expected)).toBeLessThanOrEqual(tolerance);
  });

  it.each([
    [{ lat: 91, lng: 0 }],
    [{ lat: 0, lng: 180.5 }],
    [{ lat: Number.NaN, lng: 0 }],
    [{ lat: 0, lng: Number.POSITIVE_INFINITY }],
  ])('rejects %o', (bad) => {
    expect(() => distanceMetres(bad, peoplesSquare)).toThrow(RangeError);
  });
});

describe('isFarFromVenue', () => {
  it.each([
    [0, undefined, false],
    [500, undefined, false],
    [500.1, undefined, true],
    [150, 100, true],
    [100, 100, false],
  ])('%d m with threshold %s → %s', (distance, threshold, far) => {
    expect(isFarFromVenue(distance, threshold)).toBe(far);
  });

  it('rejects a negative threshold', () => {
    expect(() => isFarFromVenue(10, -1)).toThrow(RangeError);
  });
});

describe('locationFlag', () => {
  it.each([
    ['no scan position', null, peoplesSquare, null],
    ['no venue position', peoplesSquare, undefined, null],
    ['near', { lat: 31.234, lng: 121.4737 }, peoplesSquare, { distanceMetres: 400, farFromVenue: false }],
    ['far', { lat: 31.2304, lng: 121.479 }, peoplesSquare, { distanceMetres: 504, farFromVenue: true }],
  ])('%s', (_name, scannedAt, venue, expected) => {
    expect(locationFlag(scannedAt, venue)).toEqual(expected);
  });
});
