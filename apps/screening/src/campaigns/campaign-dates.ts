/** A campaign may not end before it starts; both are local calendar dates (YYYY-MM-DD). */
export function campaignDatesValid(startsOn: string, endsOn: string): boolean {
  return endsOn >= startsOn;
}
