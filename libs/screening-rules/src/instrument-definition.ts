/**
 * Screening instruments as data: their items, the answers each item takes, and how a total becomes a
 * classification. A definition never changes once results were scored with it; other cut-offs are a new
 * version (see `withClassification`), and each result keeps the version it was scored with. The facts
 * come from ../shared/domain/screening-instruments.md (sources named there).
 */

export const INSTRUMENT_CODES = ['AD8', 'MINI_COG', 'MMSE', 'MOCA'] as const;
export type InstrumentCode = (typeof INSTRUMENT_CODES)[number];

/** Education as the residents' register keeps it; stage-2 cut-offs depend on it. */
export const EDUCATION_LEVELS = [
  'none',
  'primary',
  'junior_secondary',
  'senior_secondary',
  'tertiary',
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export interface Education {
  level: EducationLevel;
  /** Years of formal education (0 for none). */
  years: number;
}

/** An item scored by a whole number of points in a range, optionally only some of them (clock: 0 or 2). */
export interface PointsItem {
  key: string;
  kind: 'points';
  min: number;
  max: number;
  /** When only some values in [min, max] are possible. */
  allowed?: readonly number[];
  label: { zh: string; en: string };
}

/** An item answered by choosing an option, each worth some points (AD8: yes 1, no 0, don't know 0). */
export interface ChoiceItem {
  key: string;
  kind: 'choice';
  options: Readonly<Record<string, number>>;
  label: { zh: string; en: string };
}

export type InstrumentItem = PointsItem | ChoiceItem;

/**
 * How a (possibly education-adjusted) total is classified:
 * - `positive_from`: positive when total ≥ threshold (AD8 ≥ 2);
 * - `positive_up_to`: positive when total ≤ threshold (Mini-Cog 0–2);
 * - `positive_below`: positive when total < threshold (MoCA < 26);
 * - `positive_up_to_by_education`: positive when total ≤ the threshold of the resident's level (CMMSE).
 */
export type Classification =
  | { rule: 'positive_from'; threshold: number }
  | { rule: 'positive_up_to'; threshold: number }
  | { rule: 'positive_below'; threshold: number }
  | { rule: 'positive_up_to_by_education'; thresholds: Readonly<Record<EducationLevel, number>> };

/** A severity band of the total, for information (MMSE 20–23 mild …); does not change the classification. */
export interface Band {
  from: number;
  to: number;
  band: string;
}

export interface InstrumentDefinition {
  code: InstrumentCode;
  /** `<code>@<n>` or `<code>@<name>`: unique, stored with every result. */
  version: string;
  stage: 1 | 2;
  name: { zh: string; en: string };
  items: readonly InstrumentItem[];
  maxTotal: number;
  /** Stage-2 instruments are scored against the resident's education: refused without it. */
  needsEducation: boolean;
  /** MoCA: add `points` when education is at most `maxYears` years, the total capped at `cap`. */
  educationAdjustment?: { maxYears: number; points: number; cap: number };
  classification: Classification;
  bands?: readonly Band[];
}

const points = (key: string, min: number, max: number, zh: string, en: string): PointsItem => ({
  key,
  kind: 'points',
  min,
  max,
  label: { zh, en },
});

const AD8_ANSWERS = { yes: 1, no: 0, unknown: 0 } as const;
const ad8 = (key: string, zh: string, en: string): ChoiceItem => ({
  key,
  kind: 'choice',
  options: AD8_ANSWERS,
  label: { zh, en },
});

/** AD8 (Galvin 2005/2006), informant interview: 0–1 normal, ≥ 2 positive (Chinese version, PMID 23290975). */
export const AD8_V1: InstrumentDefinition = {
  code: 'AD8',
  version: 'AD8@1',
  stage: 1,
  name: { zh: 'AD8 痴呆早期筛查问卷（知情者）', en: 'AD8 dementia screening interview (informant)' },
  items: [
    ad8('judgment', '判断力出现问题', 'Problems with judgment'),
    ad8('interest', '对业余爱好、活动的兴趣下降', 'Less interest in hobbies or activities'),
    ad8('repeats', '反复重复相同的问题、故事或陈述', 'Repeats questions, stories or statements'),
    ad8('learning_tools', '学习使用工具或家用电器有困难', 'Trouble learning to use a tool or appliance'),
    ad8('month_year', '记不清当前的月份或年份', 'Forgets the correct month or year'),
    ad8('finances', '处理复杂的财务问题有困难', 'Trouble handling complicated financial affairs'),
    ad8('appointments', '记不住和别人的约定', 'Trouble remembering appointments'),
    ad8('daily_thinking', '日常记忆和思考能力出现问题', 'Daily problems with thinking and/or memory'),
  ],
  maxTotal: 8,
  needsEducation: false,
  classification: { rule: 'positive_from', threshold: 2 },
};

/** Mini-Cog: word recall 0–3 and clock 0 or 2; 0–2 positive, 3–5 negative (not diagnostic). */
export const MINI_COG_V1: InstrumentDefinition = {
  code: 'MINI_COG',
  version: 'MINI_COG@1',
  stage: 1,
  name: { zh: '简易智力状态评估（Mini-Cog）', en: 'Mini-Cog' },
  items: [
    points('word_recall', 0, 3, '三个词回忆（每个 1 分）', 'Word recall (1 point per word)'),
    {
      ...points('clock', 0, 2, '画钟（正确 2 分，否则 0 分）', 'Clock drawing (2 if normal, else 0)'),
      allowed: [0, 2],
    },
  ],
  maxTotal: 5,
  needsEducation: false,
  classification: { rule: 'positive_up_to', threshold: 2 },
};

/** MMSE (Folstein 1975) with the Chinese education-graded cut-offs (CMMSE): ≤ 17 / ≤ 20 / ≤ 24 impaired. */
export const MMSE_V1: InstrumentDefinition = {
  code: 'MMSE',
  version: 'MMSE@1',
  stage: 2,
  name: { zh: '简易精神状态检查（MMSE）', en: 'Mini-Mental State Examination (MMSE)' },
  items: [
    points('orientation_time', 0, 5, '时间定向', 'Orientation to time'),
    points('orientation_place', 0, 5, '地点定向', 'Orientation to place'),
    points('registration', 0, 3, '即刻记忆', 'Registration'),
    points(
      'attention_calculation',
      0,
      5,
      '注意力与计算（连续减 7）',
      'Attention and calculation (serial 7s)',
    ),
    points('recall', 0, 3, '回忆', 'Recall'),
    points('naming', 0, 2, '命名', 'Naming'),
    points('repetition', 0, 1, '复述', 'Repetition'),
    points('three_stage_command', 0, 3, '三步指令', 'Three-stage command'),
    points('reading', 0, 1, '阅读', 'Reading'),
    points('writing', 0, 1, '书写', 'Writing'),
    points('copying', 0, 1, '临摹', 'Copying'),
  ],
  maxTotal: 30,
  needsEducation: true,
  classification: {
    rule: 'positive_up_to_by_education',
    thresholds: { none: 17, primary: 20, junior_secondary: 24, senior_secondary: 24, tertiary: 24 },
  },
  bands: [
    { from: 0, to: 9, band: 'severe' },
    { from: 10, to: 19, band: 'moderate' },
    { from: 20, to: 23, band: 'mild' },
    { from: 24, to: 30, band: 'normal' },
  ],
};

/** MoCA (Nasreddine 2005): +1 for ≤ 12 years of education (capped at 30); < 26 positive. */
export const MOCA_V1: InstrumentDefinition = {
  code: 'MOCA',
  version: 'MOCA@1',
  stage: 2,
  name: { zh: '蒙特利尔认知评估（MoCA）', en: 'Montreal Cognitive Assessment (MoCA)' },
  items: [
    points('trail_making', 0, 1, '连线测验', 'Trail making'),
    points('cube', 0, 1, '复制立方体', 'Copy the cube'),
    points('clock', 0, 3, '画钟', 'Clock drawing'),
    points('naming', 0, 3, '命名', 'Naming'),
    points('digits', 0, 2, '数字广度（顺背、倒背）', 'Digit span (forward, backward)'),
    points('tapping', 0, 1, '警觉性（拍手）', 'Vigilance (tapping)'),
    points('serial_sevens', 0, 3, '连续减 7', 'Serial 7s'),
    points('sentence_repetition', 0, 2, '句子复述', 'Sentence repetition'),
    points('fluency', 0, 1, '词语流畅性（≥ 11 个）', 'Verbal fluency (≥ 11 words)'),
    points('abstraction', 0, 2, '抽象', 'Abstraction'),
    points('delayed_recall', 0, 5, '延迟回忆', 'Delayed recall'),
    points('orientation', 0, 6, '定向', 'Orientation'),
  ],
  maxTotal: 30,
  needsEducation: true,
  educationAdjustment: { maxYears: 12, points: 1, cap: 30 },
  classification: { rule: 'positive_below', threshold: 26 },
};

/** The built-in definitions, by version. */
export const INSTRUMENTS: ReadonlyMap<string, InstrumentDefinition> = new Map(
  [AD8_V1, MINI_COG_V1, MMSE_V1, MOCA_V1].map((d) => [d.version, d]),
);

/**
 * The same instrument with other cut-offs, as a new version (a campaign may choose lower, age- and
 * education-specific MoCA cut-offs, for instance). The items stay; results scored before keep theirs.
 */
export function withClassification(
  base: InstrumentDefinition,
  version: string,
  classification: Classification,
  educationAdjustment: InstrumentDefinition['educationAdjustment'] = base.educationAdjustment,
): InstrumentDefinition {
  if (version === base.version) throw new RangeError(`A new cut-off needs a new version, not ${version}`);
  if (!version.startsWith(`${base.code}@`)) throw new RangeError(`${version} must start with ${base.code}@`);
  return { ...base, version, classification, educationAdjustment };
}
