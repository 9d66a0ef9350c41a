import { ADDRESSED_SUBJECTS, EVENT_CATALOGUE, eventContext, type EventSubject } from './event-catalogue';

const subjects = Object.keys(EVENT_CATALOGUE) as EventSubject[];

describe('EVENT_CATALOGUE', () => {
  it.each(subjects.filter((s) => !ADDRESSED_SUBJECTS.includes(s)))(
    '%s is published by the context it is named after',
    (subject) => {
      expect(EVENT_CATALOGUE[subject].producer).toBe(eventContext(subject));
    },
  );

  it.each([...ADDRESSED_SUBJECTS])(
    '%s is addressed to its context by another service, which consumes it from its own stream',
    (subject) => {
      const { producer, consumers } = EVENT_CATALOGUE[subject];
      expect(producer).not.toBe(eventContext(subject));
      expect(consumers).toContain(eventContext(subject));
    },
  );

  it('names every subject <context>.<entity>.<happened>.v<N>', () => {
    for (const subject of subjects) expect(subject).toMatch(/^[a-z]+\.[a-z-]+\.[a-z-]+\.v[1-9]\d*$/);
  });
});
