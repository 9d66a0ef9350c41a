/**
 * How far a scan was from the venue. Phone positions indoors are often off by hundreds of metres, so a
 * distant scan is flagged for the leader to look at, never refused.
 */

export interface Coordinates {
  lat: number;
  lng: number;
}

/** The IUGG mean Earth radius; haversine on a sphere is within 0.5 % of the ellipsoid, plenty here. */
const EARTH_RADIUS_METRES = 6_371_008.8;
export const DEFAULT_FAR_FROM_VENUE_METRES = 500;

/** Great-circle distance in metres (haversine). */
export function distanceMetres(a: Coordinates, b: Coordinates): number {
  assertCoordinates(a);
  assertCoordinates(b);
  const toRadians = (degrees: number) => (degrees * Math.PI) / 180;
  const dLat = toRadians(b.lat - a.lat);
  const dLng = toRadians(b.lng - a.lng);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLng / 2) ** 2;
  // min() guards against rounding pushing h a hair above 1 for antipodal points.
  return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function isFarFromVenue(distance: number, thresholdMetres = DEFAULT_FAR_FROM_VENUE_METRES): boolean {
  if (!(thresholdMetres >= 0))
    throw new RangeError(`thresholdMetres must be 0 or more; got ${thresholdMetres}`);
  return distance > thresholdMetres;
}

export interface LocationFlag {
  distanceMetres: number;
  farFromVenue: boolean;
}

/**
 * The flag to store with an attendance record, or null when either side has no coordinates (a shift
 * without a mapped venue, a volunteer who declined location access): nothing to compare is not "far".
 */
export function locationFlag(
  scannedAt: Coordinates | null | undefined,
  venue: Coordinates | null | undefined,
  thresholdMetres = DEFAULT_FAR_FROM_VENUE_METRES,
): LocationFlag | null {
  if (!scannedAt || !venue) return null;
  const distance = distanceMetres(scannedAt, venue);
  return { distanceMetres: Math.round(distance), farFromVenue: isFarFromVenue(distance, thresholdMetres) };
}

function assertCoordinates({ lat, lng }: Coordinates): void {
  if (!(Math.abs(lat) <= 90) || !(Math.abs(lng) <= 180)) {
    throw new RangeError(`Coordinates out of range: lat ${lat}, lng ${lng}`);
  }
}
