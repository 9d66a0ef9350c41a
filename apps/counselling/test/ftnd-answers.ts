import type { Answers } from '../src/intake/survey';

/** Intake answers whose FTND total is `points` (0–10), daily smoker quitting in 14 days unless `extra` says otherwise. */
export function ftndAnswers(points: number, extra: Answers = {}): Answers {
  const answers: Answers = {
    ftnd_first_cigarette: 'after_60',
    ftnd_forbidden_places: 'no',
    ftnd_hate_to_give_up: 'any_other',
    ftnd_cigarettes_per_day: 5,
    ftnd_morning_more: 'no',
    ftnd_when_ill: 'no',
    smokes_daily: 'yes',
    quit_within_days: 14,
  };
  let left = points;
  const first = Math.min(3, left);
  answers.ftnd_first_cigarette = ['after_60', '31_60', '6_30', 'within_5'][first];
  left -= first;
  const perDay = Math.min(3, left);
  answers.ftnd_cigarettes_per_day = [5, 15, 25, 35][perDay];
  left -= perDay;
  for (const id of ['ftnd_forbidden_places', 'ftnd_morning_more', 'ftnd_when_ill']) {
    if (left > 0) {
      answers[id] = 'yes';
      left -= 1;
    }
  }
  if (left > 0) answers.ftnd_hate_to_give_up = 'first_morning';
  return { ...answers, ...extra };
}
